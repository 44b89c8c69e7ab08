// Package langid identifies the language of a news text: English ("en"),
// Indonesian ("id"), or "und" when the evidence is too thin or points to
// neither language.
//
// # Method
//
// The identifier is small and fast on purpose; a full n-gram model for
// dozens of languages would cost far more memory than two languages need.
// It scores each word of the text:
//
//   - words found in the embedded cue lists data/en.txt and data/id.txt
//     (frequent function words and common news vocabulary) count fully;
//   - words found in data/other.txt (French, Spanish, German and a few other
//     languages) count against both, so a French sentence gives "und";
//   - other words may carry an affix cue, worth less: Indonesian me-/ber-/
//     ter-/pe-...-an/ke-...-an/-kan/-nya, English -tion/-ing/-ed/-ly/th.
//
// Capitalised words count less than lower-case ones, since in news they are
// mostly names: Khmer, Russian or Japanese names should not sway the answer.
// The winner needs enough evidence and a clear lead, or the answer is "und".
// Malay is close to Indonesian and is usually reported as "id".
package langid
