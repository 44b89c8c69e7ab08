// Package id is the Indonesian language pack for package text. Importing it
// registers the pack; the data lives in data/, embedded in the binary.
package id
