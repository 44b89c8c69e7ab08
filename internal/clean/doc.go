// Package clean turns what ingest received into the text every later stage
// indexes.
//
// # Text
//
// [Text] (or [Cleaner.Text] with user rules) repairs and normalises plain
// text: invalid UTF-8 becomes U+FFFD, control and format characters go,
// the text is put in Unicode NFC, typographic quotes and odd spaces become
// ASCII, hard-wrapped paragraphs are joined, and boilerplate lines (share
// bars, bylines, photo credits, "Baca juga" links, copyright lines) are
// dropped. The output has one paragraph a line, no blank lines and no
// leading or trailing space. Cleaning is deterministic and idempotent:
// Text(Text(x)) == Text(x), so spans computed on its output stay valid
// when a stored document is cleaned again.
//
// # Boilerplate rules
//
// The rules are data, not code: the files under data/ are embedded in the
// binary and loaded with package lexicon. exact.txt lists whole lines,
// prefix.txt and suffix.txt line openings and endings (with an optional
// length limit), widget.txt the words of share bars, and regex.txt
// anchored RE2 patterns. A line is
// dropped only when the whole line matches a rule, so a sentence that
// merely mentions "share" or "print" stays. Options.ExtraBoilerplate names
// a user file of further rules, one "kind<TAB>pattern[<TAB>max]" a line.
//
// # HTML
//
// [HTML] decodes a page in whatever charset it declares, extracts its main
// text with go-trafilatura (falling back to a simple paragraph walker),
// keeps photo captions as paragraphs of their own, and reads the title,
// publication date, site name, language and description from the page's
// metadata. Its text is not yet cleaned: callers run [Text] on it.
package clean
