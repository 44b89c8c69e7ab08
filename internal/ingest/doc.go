// Package ingest turns inputs into documents for the pipeline: text, HTML,
// JSON and JSON Lines files, RSS and Atom feeds, folders of any of these,
// standard input and http(s) URLs.
//
// # Walking inputs
//
// [Walk] expands its inputs in order and calls a function once for each
// document and once for each error that concerns one input or one record.
// Such an error never stops the walk: a malformed line in the middle of a
// JSON Lines file is reported as [InputError] naming the file and line,
// and the lines after it still come through. Only the callback's own
// error, or the context's, stops it.
//
// Inputs are streamed: a folder is walked one file at a time in lexical
// order and a JSON Lines file one line at a time, so neither is ever held
// in memory whole. Options.MaxBytes bounds what is read for one file, one
// record or one HTTP response body.
//
// # Documents
//
// Every document has an ID, an Origin ("path", "path:line", "path#item"
// or a URL) and a non-empty Raw text; URL, Title, Outlet, Published
// (YYYY-MM-DD) and InputLanguage are set when the input says them. HTML is
// reduced to text with clean.HTML; Text itself is left for the pipeline,
// which runs clean.Text on Raw.
//
// # Identifiers
//
// A document's ID is the record's id; else, for a text or HTML file or a
// JSON file holding one object, the file name without its extension; for
// a JSON Lines record without an id, "<file-stem>-<line>"; for a feed
// item, its GUID; otherwise the first 16 hex digits of the SHA-256 of the
// text (of the link, for feed items and pages fetched by URL).
package ingest
