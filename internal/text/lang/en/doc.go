// Package en is the English language pack for package text. Importing it
// registers the pack; the data lives in data/, embedded in the binary.
package en
