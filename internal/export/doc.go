// Package export writes stored events in the formats dyad users load into
// other tools, and reads them back for round-trip tests.
//
// # Formats
//
//   - csv: one row per event with the header in [CSVHeader]; contexts are
//     joined with ";" and evidence texts with " | ".
//   - jsonl: one [EventJSON] object per line: the [store.EventRow] fields
//     with evidence as {"span": [start, end], "text": ...}.
//   - plover: PLOVER/POLECAT-style JSON Lines ([PloverEvent]).
//   - parquet: one row per event with the schema of [ParquetRow], readable
//     by pandas and pyarrow.
//
// Every writer streams: rows are pulled from an iterator and written as they
// come, so exporting a million events does not hold them in memory (parquet
// buffers one row group at a time).
//
// [DocumentRecord] and [WriteDocuments] produce the per-document JSON
// records described in the evaluation schema (SCHEMA.md), with spans as
// [start, end) pairs and unknown values as null.
package export
