package actor_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// wantActor is what a test expects of one actor. Empty fields other than
// name, country, sector and kind are not checked.
type wantActor struct {
	name    string
	kind    string // person, institution, country, group
	country string
	sector  string
	org     string   // IGO code, checked when country is IGO
	aliases []string // spellings that must be among Aliases
	// mentions are the texts of the actor's mentions, in order; nil
	// skips the check.
	mentions []string
}

func (w wantActor) String() string {
	return fmt.Sprintf("%s %q %s/%s", w.kind, w.name, w.country, w.sector)
}

// actorCase is one document and the complete list of actors it should
// yield, in order of first mention.
type actorCase struct {
	name string
	lang string // the language langid must find
	text string
	want []wantActor
	skip string // a known bug: the case is skipped with this reason
	// outlet is the document's outlet, when the case is about it.
	outlet string
}

// The sentences and people below are invented.
var actorCases = []actorCase{
	{
		name: "en 'Minister for Internal Security' is a portfolio title before the name",
		lang: "en",
		text: "PORT MORESBY - PNG's Minister for Internal Security Ben Tiamu met Australia's Home Affairs Minister Tony Burke on Tuesday.",
		want: []wantActor{
			{name: "Ben Tiamu", kind: doc.KindPerson, country: "PNG", sector: "GOV"},
			{name: "Tony Burke", kind: doc.KindPerson, country: "AUS", sector: "GOV"},
		},
	},
	{
		name: "en a ministry 'of the Kingdom of Thailand', 'of the Republic of Indonesia' is that state's",
		lang: "en",
		text: "The Ministry of Foreign Affairs of the Kingdom of Thailand thanked the Ministry of Trade of the Republic of Indonesia and the Department of Tourism of the Philippines.",
		want: []wantActor{
			{name: "Ministry of Foreign Affairs", kind: doc.KindInstitution, country: "THA", sector: "GOV"},
			{name: "Ministry of Trade of the Republic of Indonesia", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Department of Tourism of the Philippines", kind: doc.KindInstitution, country: "PHL", sector: "GOV"},
		},
	},
	{
		name: "en a body's people under the story's home dateline are that body's country's",
		lang: "en",
		text: "MANILA, Philippines — Philippine authorities said on Wednesday that three Chinese nationals were arrested by agents of the National Bureau of Investigation (NBI) on Tuesday near a Philippine naval base.",
		want: []wantActor{
			{name: "Philippine authorities", kind: doc.KindGroup, country: "PHL", sector: "GOV"},
			{name: "agents of the National Bureau of Investigation (NBI)", kind: doc.KindGroup, country: "PHL", sector: "GOV"},
		},
	},
	{
		name: "id a compass word ends a place in a title: it is no name",
		lang: "id",
		text: "Menteri Luar Negeri RI Dimas Haryanto meminta maaf kepada Malaysia. Kapolres Metro Jakarta Selatan mengatakan tiga orang diamankan, Jumat (5/9).",
		want: []wantActor{
			{name: "Dimas Haryanto", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Kapolres", kind: doc.KindPerson, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "en the speaker after 'their repatriation,' is not their officer",
		lang: "en",
		text: "Jakarta (ANTARA) - Bakamla chief Vice Admiral Arie Sulistyo held talks with Vietnam Coast Guard commander Do Quang Huy in Hanoi on Friday. During the meeting, the Vietnamese side asked Indonesia to speed up their repatriation, Sulistyo said.",
		want: []wantActor{
			{name: "Arie Sulistyo", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Vietnam Coast Guard", kind: doc.KindInstitution, country: "VNM", sector: "MIL"},
			{name: "Do Quang Huy", kind: doc.KindPerson, country: "VNM", sector: "MIL"},
		},
	},
	{
		name: "en a body 'of the Kingdom of Thailand' as an object is Thailand's, not a kingdom guessed",
		lang: "en",
		text: "PHNOM PENH - Cambodia thanked the Ministry of Commerce of the Kingdom of Thailand on Thursday.",
		want: []wantActor{
			{name: "Ministry of Commerce of the Kingdom of Thailand", kind: doc.KindInstitution, country: "THA", sector: "GOV"},
		},
	},
	{
		name: "id 'Distrik' in a title is a unit, not a name",
		lang: "id",
		text: "JAKARTA - Kepala Bakamla Laksdya Irvan Prakoso dan Komandan Distrik Mindanao Selatan PCG, Commodore Arnel Bautista, sepakat menggelar patroli terkoordinasi, Kamis (6/3).",
		want: []wantActor{
			{name: "Laksdya Irvan Prakoso", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
		},
	},
	{
		name: "en an analyst of defence is a scholar; a defence minister is not",
		lang: "en",
		text: "JAKARTA - Indonesian Defence Minister Bima Santosa met Turkish Defence Minister Selim Karaca on Monday. Defence analyst Sari Wulandari of the Jakarta-based Lab 45 think tank said the deal made sense.",
		want: []wantActor{
			{name: "Bima Santosa", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Selim Karaca", kind: doc.KindPerson, country: "TUR", sector: "GOV"},
			{name: "Sari Wulandari", kind: doc.KindPerson, country: "IDN", sector: "EDU"},
		},
	},
	{
		name: "en a body of another body is that one's country's, and a defence force is a body",
		lang: "en",
		text: "On Tuesday, soldiers of the Indonesian Army's Border Security Task Force and the PNG Defence Force held a coordinated patrol along the border.",
		want: []wantActor{
			{name: "soldiers of the Indonesian Army", kind: doc.KindGroup, country: "IDN", sector: "MIL"},
			{name: "Border Security Task Force", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "PNG Defence Force", kind: doc.KindInstitution, country: "PNG", sector: "MIL"},
		},
	},
	{
		name: "en a title's own capitalised words between a country or a body and the title",
		lang: "en",
		text: "BATAM - The Indonesian Navy and the Republic of Singapore Navy (RSN) on Friday concluded a bilateral exercise. RSN Fleet Commander Rear-Admiral Kenneth Lim paid a courtesy call on Vice Admiral Yudha Pratama, commander of the Indonesian Navy's First Fleet. Malaysia's Eastern Fleet Commander Rear Admiral Azman Bakri attended as an observer.",
		want: []wantActor{
			{name: "Indonesian Navy", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "Republic of Singapore Navy", kind: doc.KindInstitution, country: "SGP", sector: "MIL"},
			{name: "Kenneth Lim", kind: doc.KindPerson, country: "SGP", sector: "MIL"},
			{name: "Yudha Pratama", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
			{name: "Azman Bakri", kind: doc.KindPerson, country: "MYS", sector: "MIL"},
		},
	},
	{
		name: "en a ranked name takes its apposition's country",
		lang: "en",
		text: "BANDAR SERI BEGAWAN - The minister thanked Group Captain Brendan Whitlock, Australia's outgoing defence adviser, for his work on Monday.",
		want: []wantActor{
			{name: "Brendan Whitlock", kind: doc.KindPerson, country: "AUS", sector: "MIL"},
		},
	},
	{
		name: "en no apposition in an opening participle; a title with a country is that country's person",
		lang: "en",
		text: "WARSAW - Vietnamese President Tran Hung arrived in Warsaw on Monday. Meeting Prime Minister Marek Zielinski, the Vietnamese leader proposed new flights.",
		want: []wantActor{
			{name: "Tran Hung", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
			{name: "Marek Zielinski", kind: doc.KindPerson, country: "POL", sector: "GOV"},
		},
	},
	{
		name: "en an office named by its holder's title is one body",
		lang: "en",
		text: "JAKARTA - The Attorney General's Office on Wednesday sent a formal request to the Netherlands.",
		want: []wantActor{
			{name: "Attorney General's Office", kind: doc.KindInstitution, country: "", sector: "GOV"},
		},
	},
	{
		name: "en a deputy minister and the minister of one portfolio may serve one government",
		lang: "en", outlet: "The Jakarta Post",
		text: "JAKARTA - Trade Minister Bagus Hendra on Tuesday rejected the European Union's demand. On Monday, EU Ambassador Pieter Oud met Deputy Trade Minister Citra Maharani in Jakarta.",
		want: []wantActor{
			{name: "Bagus Hendra", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "European Union", kind: doc.KindInstitution, country: "IGO", sector: "GOV", org: "EU"},
			{name: "Pieter Oud", kind: doc.KindPerson, country: "IGO", sector: "GOV", org: "EU"},
			{name: "Citra Maharani", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en a person who heads a body named after the name is that body's country's",
		lang: "en", outlet: "Nikkei Asia",
		text: "TOKYO -- Investment Minister Hendro Wicaksono, who also heads the Investment Coordinating Board (BKPM), met Japan's Minister of Economy, Trade and Industry Kenji Morisawa in Tokyo on Friday.",
		want: []wantActor{
			{name: "Hendro Wicaksono", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "BKPM", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Kenji Morisawa", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
		},
	},
	{
		name: "en the one a person invites is someone else, and a visit he invites to is not his",
		lang: "en", outlet: "New Straits Times",
		text: "KUALA LUMPUR: Prime Minister Datuk Seri Rahmat Idris received a farewell call from outgoing Vietnamese Ambassador Dinh Ngoc Lam yesterday. Rahmat, in a Facebook post, said he also invited Vietnam's prime minister to make an official visit to Malaysia next year.",
		want: []wantActor{
			{name: "Rahmat Idris", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
			{name: "Dinh Ngoc Lam", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
			{name: "Vietnam's prime minister", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
		},
	},
	{
		name: "id a Korean province places its governor",
		lang: "id",
		text: "BANDUNG - Gubernur Jawa Barat Asep Hidayat menerima Gubernur Gyeongsangbuk-do Choi Min-ho di Gedung Sate, Rabu (25/6).",
		want: []wantActor{
			{name: "Asep Hidayat", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Choi Min-ho", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "id a regent and Polri ranks are Indonesia's",
		lang: "id",
		text: "SINGARAJA - Konsul Jenderal Jepang di Bali, Kenji Mori, melakukan kunjungan kehormatan ke Bupati I Made Sudana, Jumat (15/9). AKBP Ketut Arsana juga hadir.",
		want: []wantActor{
			{name: "Kenji Mori", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "I Made Sudana", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Ketut Arsana", kind: doc.KindPerson, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "en a city with its 'City' is the city; provinces by their English names; a chief minister",
		lang: "en",
		text: "MANADO - North Sulawesi Governor Olly Mandagi (left) and Davao City Mayor Rodel Abad talk during a meeting on Monday. Penang Chief Minister Chow Wei Ming joined them.",
		want: []wantActor{
			{name: "Olly Mandagi", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Rodel Abad", kind: doc.KindPerson, country: "PHL", sector: "GOV"},
			{name: "Chow Wei Ming", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
		},
	},
	{
		name: "id a title joined by 'dan' to a person's title is someone else",
		lang: "id",
		text: "KUALA LUMPUR - Menteri Luar Negeri RI Dewi Kartika bertemu dengan Menteri Luar Negeri Australia Claire Whitford di Kuala Lumpur, Kamis (10/7). Kedua menlu akan bertemu lagi dalam Pertemuan Menteri Luar Negeri dan Menteri Pertahanan di Canberra.",
		want: []wantActor{
			{name: "Dewi Kartika", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Claire Whitford", kind: doc.KindPerson, country: "AUS", sector: "GOV", mentions: []string{"Menteri Luar Negeri Australia Claire Whitford", "Menteri Luar Negeri"}},
		},
	},
	{
		name: "en the body's officer is the body named before; a title in apposition is the name after it",
		lang: "en",
		text: "NAIROBI - Kenyan foreign ministry spokesperson Wanjiru Kamau said the Kenyan Embassy in Seoul sent a note to South Korea's Ministry of Foreign Affairs on Monday.\n\nAmbassador Otieno Mwangi met with the ministry's Director-General, Ambassador Lee Jae-won, on the same day.\n\nThe ministry's spokesperson, Park Min-ji, said the case was under review.",
		want: []wantActor{
			{name: "Kenyan foreign ministry", kind: doc.KindInstitution, country: "KEN", sector: "GOV"},
			{name: "Wanjiru Kamau", kind: doc.KindPerson, country: "KEN", sector: "GOV"},
			{name: "Kenyan Embassy", kind: doc.KindInstitution, country: "KEN", sector: "GOV"},
			{name: "South Korea's Ministry of Foreign Affairs", kind: doc.KindInstitution, country: "KOR", sector: "GOV"},
			{name: "Otieno Mwangi", kind: doc.KindPerson, country: "KEN", sector: "GOV"},
			{name: "Lee Jae-won", kind: doc.KindPerson, country: "KOR", sector: "GOV", mentions: []string{"Director-General", "Ambassador Lee Jae-won"}},
			{name: "Park Min-ji", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "en a chargé d'affaires a.i. is a titled envoy",
		lang: "en",
		text: "JAKARTA - On Tuesday, U.S. Chargé d'Affaires a.i. Michael R. Donnelly traveled to Padang.",
		want: []wantActor{
			{name: "Michael R. Donnelly", kind: doc.KindPerson, country: "USA", sector: "GOV"},
		},
	},
	{
		name: "id Kuasa Usaha a.i. is a titled envoy",
		lang: "id",
		text: "HANOI - Kuasa Usaha a.i. KBRI Hanoi Denny Lesmana menghadiri perayaan itu, Selasa (4/3).",
		want: []wantActor{
			{name: "Denny Lesmana", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "id a consular director's portfolio runs on to the ministry, then the name",
		lang: "id",
		text: "JAKARTA, KOMPAS.com - \"Pemulangan berjalan lancar,\" ujar Direktur Pelindungan WNI Kementerian Luar Negeri, Yudha Kurniawan, Minggu (2/3/2025).",
		want: []wantActor{
			{name: "Yudha Kurniawan", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name:   "en General opens a body's name",
		lang:   "en",
		outlet: "Khmer Times",
		text:   "PHNOM PENH - Cambodia's General Department of Immigration on Tuesday deported 20 foreigners to Thailand.",
		want: []wantActor{
			{name: "General Department of Immigration", kind: doc.KindInstitution, country: "KHM", sector: "GOV"},
		},
	},
	{
		name: "en a spokesperson's briefing in a capital places the spokesperson",
		lang: "en",
		text: "MANILA - The Philippines lodged a protest with China on Monday. The protest is groundless and China does not accept it, spokesperson Gao Ruiming told a regular news briefing in Beijing.",
		want: []wantActor{
			{name: "Gao Ruiming", kind: doc.KindPerson, country: "CHN", sector: "GOV"},
		},
	},
	{
		name: "en 'Vice' after 'and' opens the next title, no name",
		lang: "en",
		text: "MANILA - The MOU was signed by Foreign Affairs Undersecretary Leandro Sarmiento and South Korean Vice Foreign Minister Park Jae-hoon on Tuesday.",
		want: []wantActor{
			{name: "Leandro Sarmiento", kind: doc.KindPerson, country: "PHL", sector: "GOV"},
			{name: "Park Jae-hoon", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "id an Indonesian agency's correspondent abroad: an unplaced minister is Indonesia's",
		lang: "id",
		text: "MUMBAI, 12 Maret (ANTARA) - Wakil Menteri Perdagangan Dyah Paramitha menghadiri forum bisnis Indonesia dan India di Mumbai, Selasa (10/3), bersama Gubernur Maharashtra Anil Mehrotra.",
		want: []wantActor{
			{name: "Dyah Paramitha", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Anil Mehrotra", kind: doc.KindPerson, country: "IND", sector: "GOV", mentions: []string{"Gubernur Maharashtra Anil Mehrotra"}},
		},
	},
	{
		name:   "en a dateline agency no outlet list knows leaves the page's outlet as the story's home",
		lang:   "en",
		outlet: "Bangkok Post",
		text:   "NEWSPAPER SECTION: NEWS\n\nMyanmar has rejected Thailand's protest over the shooting of Thai fishing boats this week.\n\nOn Wednesday, the Foreign Ministry summoned Myanmar Ambassador U Tin Maung and handed him a protest note.",
		want: []wantActor{
			{name: "Foreign Ministry", kind: doc.KindInstitution, country: "THA", sector: "GOV"},
			{name: "U Tin Maung", kind: doc.KindPerson, country: "MMR", sector: "GOV"},
		},
	},
	{
		name: "id Kemlu followed by another country is that country's foreign ministry; KBRI followed by one is still Indonesia's",
		lang: "id",
		text: "Juru bicara Kemlu Iran, Mahdi Rostami Nejad, pada Rabu (5/3/2025) menolak seluruh tuduhan Selandia Baru. Juru bicara KBRI Malaysia, Rizal Hakim, mengatakan pihaknya memantau kasus itu.",
		want: []wantActor{
			{name: "Mahdi Rostami Nejad", kind: doc.KindPerson, country: "IRN", sector: "GOV"},
			{name: "Rizal Hakim", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en an international body's country director for a country is the body's",
		lang: "en",
		text: "The grain was handed over to Elena Moretti, WFP's Country Director for Afghanistan, at the port on Tuesday.",
		want: []wantActor{
			{name: "Elena Moretti", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
		},
	},
	{
		name: "id the director of an international body's representative office, then a comma and the name",
		lang: "id",
		text: "Bantuan itu diterima oleh Direktur Kantor Perwakilan UNRWA di Kairo, Sarah Lindqvist, pada Selasa (4/3).",
		want: []wantActor{
			{name: "Sarah Lindqvist", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
		},
	},
	{
		name: "id a posted officer's title, then a comma, a rank and the name",
		lang: "id",
		text: "MAKASSAR - Dalam pertemuan itu, Danlantamal VI didampingi Atase Pertahanan Australia di Jakarta, Kolonel Mark Havilland.",
		want: []wantActor{
			{name: "Mark Havilland", kind: doc.KindPerson, country: "AUS", sector: "MIL"},
			{name: "Danlantamal", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
		},
	},
	{
		name: "id Datuk Bandar is a mayor's title, not a name",
		lang: "id",
		text: "MEDAN - Wali Kota Medan Rudi Hasibuan dan Datuk Bandar Ipoh Dato' Azman Hashim menandatangani Letter of Intent kerja sama kota kembar di Ipoh, Selasa (4/3/2025).",
		want: []wantActor{
			{name: "Rudi Hasibuan", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Azman Hashim", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
		},
	},
	{
		name: "en Foreign Minister X of Vietnam is Vietnam's; the president of a numbered UNGA session is the UN's",
		lang: "en",
		text: "NEW YORK, March 7 -- Foreign Minister Tran Van Long of Vietnam paid a courtesy call on Carlos Mendez, president of the 79th session of the UN General Assembly, on Monday.",
		want: []wantActor{
			{name: "Tran Van Long", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
			{name: "Carlos Mendez", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
		},
	},
	{
		name:   "en a defence minister and a foreign minister serve one government; two foreign ministers serve two",
		lang:   "en",
		text:   "TOKYO (Kyodo) -- Japanese Defence Minister Takuya Hanada condemned the launch on Wednesday. Foreign Minister Kenji Moriyama held phone talks with Foreign Minister Park Ji-hoon of South Korea later in the day.",
		outlet: "Kyodo",
		want: []wantActor{
			{name: "Takuya Hanada", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "Kenji Moriyama", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "Park Ji-hoon", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "en a body named again without its country's possessive is the one named before",
		lang: "en",
		text: "Russia's Southern Military District said the drills began on Monday. The Southern Military District did not give details.",
		want: []wantActor{
			{name: "Russia's Southern Military District", kind: doc.KindInstitution, country: "RUS", sector: "MIL", mentions: []string{"Russia's Southern Military District", "Southern Military District"}},
		},
	},
	{
		name: "en a spokesperson right after a bare ministry the story placed is that ministry's, before a foreign dateline",
		lang: "en",
		text: "BRUSSELS (Reuters) - The European Union imposed new sanctions on Belarus on Monday.\n\nBelarus' Foreign Ministry condemned the move.\n\n\"We will respond,\" ministry spokesperson Anatoly Kovalev told reporters on Tuesday.",
		want: []wantActor{
			{name: "European Union", kind: doc.KindInstitution, country: "IGO", sector: "GOV"},
			{name: "Belarus' Foreign Ministry", kind: doc.KindInstitution, country: "BLR", sector: "GOV"},
			{name: "Anatoly Kovalev", kind: doc.KindPerson, country: "BLR", sector: "GOV"},
		},
	},
	{
		name: "en an agency's representative is an official of that body",
		lang: "en",
		text: "Lao Deputy Health Minister Khamphet Sisavath met UNICEF representative Anna Berg in Vientiane on Wednesday. The EU's High Representative for Foreign Affairs, Karl Lindberg, welcomed the plan.",
		want: []wantActor{
			{name: "Khamphet Sisavath", kind: doc.KindPerson, country: "LAO", sector: "GOV"},
			{name: "Anna Berg", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
			{name: "Karl Lindberg", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
		},
	},
	{
		name: "en navy ship prefixes name their navies' ships, whatever words follow; a count starts no name",
		lang: "en",
		text: "Two Vietnam Coast Guard ships shadowed the BRP Datu Kalantiaw and HMAS Toowoomba on Sunday.",
		want: []wantActor{
			{name: "Vietnam Coast Guard", kind: doc.KindInstitution, country: "VNM", sector: "MIL"},
			{name: "BRP Datu Kalantiaw", kind: doc.KindInstitution, country: "PHL", sector: "MIL"},
			{name: "HMAS Toowoomba", kind: doc.KindInstitution, country: "AUS", sector: "MIL"},
		},
	},
	{
		name: "id a ship prefix takes a title word and a hull number into the ship's name",
		lang: "id",
		text: "TNI AL mengerahkan KRI Sultan Iskandar Muda-367 dan KRI Usman Harun-359 ke Laut Natuna Utara.",
		want: []wantActor{
			{name: "TNI AL", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "KRI Sultan Iskandar Muda-367", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "KRI Usman Harun-359", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
		},
	},
	{
		name: "id agensi is an institution word, and a one-word gloss in capitalised case abbreviates it",
		lang: "id",
		text: "Agensi Standardisasi Kazakhstan (Kazstandard) menandatangani MoU dengan Kementerian Perdagangan RI pada Rabu (5/3).",
		want: []wantActor{
			{name: "Agensi Standardisasi Kazakhstan", kind: doc.KindInstitution, country: "KAZ", sector: "GOV", aliases: []string{"Kazstandard"}},
			{name: "Kementerian Perdagangan RI", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "id a country's short form in parentheses stays inside the envoy's title",
		lang: "id",
		text: "Kemlu memanggil Duta Besar Republik Rakyat Tiongkok (RRT) untuk Indonesia Wang Lihua pada Kamis (14/11).",
		want: []wantActor{
			{name: "Kemlu", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Wang Lihua", kind: doc.KindPerson, country: "CHN", sector: "GOV"},
		},
	},
	{
		name: "en a sentence set in a city of a country the story names places its unplaced body and speaker",
		lang: "en",
		text: "NEW DELHI - India sent 2,000 tonnes of wheat to Afghanistan on Monday.\n\nIn Kabul, Hafiz Sadiqi, spokesperson of the Taliban-run Foreign Ministry, thanked India in a post on X on Thursday.",
		want: []wantActor{
			{name: "Hafiz Sadiqi", kind: doc.KindPerson, country: "AFG", sector: "GOV"},
			{name: "Taliban-run Foreign Ministry", kind: doc.KindInstitution, country: "AFG", sector: "GOV"},
		},
	},
	{
		name: "id a comma list of portfolios, its abbreviation, then the country and the name",
		lang: "id",
		text: "Penandatanganan dilakukan oleh Menteri Perindustrian RI Yohanes Simanjuntak dan Menteri Ekonomi, Perdagangan dan Industri (METI) Jepang Yoshihiro Kawano di Tokyo, Senin (3/3).",
		want: []wantActor{
			{name: "Yohanes Simanjuntak", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Yoshihiro Kawano", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
		},
	},
	{
		name: "en a senior colonel's rank is a title, not a name",
		lang: "en",
		text: "On Sunday, Chinese Defense Ministry spokesperson Senior Col. Zhang Wei accused Japan of meddling.",
		want: []wantActor{
			{name: "Chinese Defense Ministry", kind: doc.KindInstitution, country: "CHN", sector: "MIL"},
			{name: "Zhang Wei", kind: doc.KindPerson, country: "CHN", sector: "MIL"},
		},
	},
	{
		name: "en the head of a national team is its country's, before the dateline",
		lang: "en",
		text: "DOHA, June 13 (Reuters) - Congo and Rwanda agreed on Thursday to set up a joint team.\n\nA Rwandan team headed by presidential envoy Claudine Uwera arrived in the Qatari capital on Wednesday.",
		want: []wantActor{
			{name: "Claudine Uwera", kind: doc.KindPerson, country: "RWA", sector: "GOV"},
		},
	},
	{
		name: "en the officials of more UN agencies and regional bodies act for an IGO",
		lang: "en",
		text: "The aid was received by Director of the UNRWA Representative Office in Cairo, Sarah Lindgren. The East African Community welcomed the deal.",
		want: []wantActor{
			{name: "Sarah Lindgren", kind: doc.KindPerson, country: "IGO", org: "UNRWA", sector: "GOV"},
			{name: "East African Community", kind: doc.KindInstitution, country: "IGO", org: "EAC", sector: "GOV"},
		},
	},
	{
		name: "en an IGO's regional director for a region, with an honorific, acts for the IGO",
		lang: "en",
		text: "NEW DELHI - WHO Regional Director for South-East Asia Dr Maya Rao on Tuesday thanked Timor-Leste's health minister.",
		want: []wantActor{
			{name: "Maya Rao", kind: doc.KindPerson, country: "IGO", org: "WHO", sector: "GOV"},
			{name: "Timor-Leste's health minister", kind: doc.KindPerson, country: "TLS", sector: "GOV"},
		},
	},
	{
		name: "id an IGO's regional director acts for the IGO",
		lang: "id",
		text: "Jakarta (ANTARA) - Direktur Regional WHO untuk Asia Tenggara dr. Maya Rao bertemu Menteri Kesehatan Yudha Prakoso di Jakarta.",
		want: []wantActor{
			{name: "Maya Rao", kind: doc.KindPerson, country: "IGO", org: "WHO", sector: "GOV"},
			{name: "Yudha Prakoso", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en the head of an IGO's team acts for the IGO",
		lang: "en",
		text: "COLOMBO - IMF mission chief Pieter Vanderberg met Sri Lankan officials on Tuesday.",
		want: []wantActor{
			{name: "IMF mission", kind: doc.KindGroup, country: "IGO", org: "IMF", sector: "GOV"},
			{name: "Pieter Vanderberg", kind: doc.KindPerson, country: "IGO", org: "IMF", sector: "GOV"},
			{name: "Sri Lankan officials", kind: doc.KindGroup, country: "LKA", sector: "GOV"},
		},
	},
	{
		name: "en a country adjective in a portfolio after 'for' is its subject, not the officer's country",
		lang: "en",
		text: "JAKARTA - Indonesian Foreign Ministry Director General for American and European Affairs Siti Anwar met U.S. envoys on Tuesday.",
		want: []wantActor{
			{name: "Indonesian Foreign Ministry", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Siti Anwar", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "U.S. envoys", kind: doc.KindPerson, country: "USA", sector: "GOV"},
		},
	},
	{
		name: "en Brunei honorifics before a name are no part of it",
		lang: "en",
		text: "BANDAR SERI BEGAWAN - Brunei's Second Minister of Foreign Affairs Dato Seri Setia Awang Rosli bin Abdullah met Indonesian Ambassador Budi Hartono on Tuesday.",
		want: []wantActor{
			{name: "Rosli bin Abdullah", kind: doc.KindPerson, country: "BRN", sector: "GOV"},
			{name: "Budi Hartono", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en a country adjective after 'for' that names a body, not a portfolio, is the officer's country",
		lang: "en",
		text: "WASHINGTON, Sept 12 (Reuters) - The State Department on Thursday urged China to stop harassing Philippine vessels. A spokesman for the Chinese embassy in Washington, Li Hao, said the United States should stop fanning tensions.",
		want: []wantActor{
			{name: "State Department", kind: doc.KindInstitution, country: "USA", sector: "GOV"},
			{name: "Li Hao", kind: doc.KindPerson, country: "CHN", sector: "GOV"},
		},
	},
	{
		name: "en a hyphenated modifier between a possessive and a title keeps the country",
		lang: "en",
		text: "BANGKOK - Myanmar's junta-appointed foreign minister Than Zaw met Lao officials on Thursday.",
		want: []wantActor{
			{name: "Than Zaw", kind: doc.KindPerson, country: "MMR", sector: "GOV"},
			{name: "Lao officials", kind: doc.KindGroup, country: "LAO", sector: "GOV"},
		},
	},
	{
		name: "en 'and the' may join two portfolios",
		lang: "en",
		text: "SINGAPORE - Singapore's Minister for Sustainability and the Environment Lim Hwee Min met Malaysian officials on Monday.",
		want: []wantActor{
			{name: "Lim Hwee Min", kind: doc.KindPerson, country: "SGP", sector: "GOV"},
			{name: "Malaysian officials", kind: doc.KindGroup, country: "MYS", sector: "GOV"},
		},
	},
	{
		name: "en a vice-chairwoman of a defined committee is its country's",
		lang: "en",
		text: "PHNOM PENH - Cambodia's National Committee for Counter Trafficking (NCCT) on Tuesday thanked Thai police. NCCT vice-chairwoman Chou Sopheap said the victims would be repatriated.",
		want: []wantActor{
			{name: "Cambodia's National Committee for Counter Trafficking", kind: doc.KindInstitution, country: "KHM", sector: "GOV"},
			{name: "Chou Sopheap", kind: doc.KindPerson, country: "KHM", sector: "GOV"},
			{name: "Thai police", kind: doc.KindInstitution, country: "THA", sector: "COP"},
		},
	},
	{
		name: "en the heads of two chambers of one parliament serve one country",
		lang: "en", outlet: "Khmer Times",
		text: "On Wednesday, the Philippine Ambassador to Cambodia met Samdech Hok Chanra, President of the Senate. The following day, she called on Samdech Lim Bunna, President of the National Assembly.",
		want: []wantActor{
			{name: "Philippine Ambassador to Cambodia", kind: doc.KindPerson, country: "PHL", sector: "GOV"},
			{name: "Hok Chanra", kind: doc.KindPerson, country: "KHM", sector: "LEG"},
			{name: "Lim Bunna", kind: doc.KindPerson, country: "KHM", sector: "LEG"},
		},
	},
	{
		name: "en a surname in capitals after an honorific belongs to the name",
		lang: "en",
		text: "Phnom Penh, May 12, 2026 AKP -- H.E. Chhoeung Sophal, Senior Minister of Cambodia, and H.E. SATO Hiroki, Ambassador of Japan to Cambodia, signed the Exchange of Notes.",
		want: []wantActor{
			{name: "Chhoeung Sophal", kind: doc.KindPerson, country: "KHM", sector: "GOV"},
			{name: "SATO Hiroki", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
		},
	},
	{
		name: "id Kedubes is the embassy named before in full",
		lang: "id",
		text: "Kedutaan Besar Thailand di Jakarta menolak tuduhan itu pada Rabu (5/3). Kedubes juga meminta Indonesia menahan diri.",
		want: []wantActor{
			{name: "Kedutaan Besar Thailand", kind: doc.KindInstitution, country: "THA", sector: "GOV", mentions: []string{"Kedutaan Besar Thailand", "Kedubes"}},
		},
	},
	{
		name: "id the deputy head of a mission, then the embassy, then the name",
		lang: "id",
		text: "Kemlu memanggil Wakil Kepala Perwakilan Kedutaan Besar Vietnam di Jakarta, Tran Van Minh, pada Selasa (4/3).",
		want: []wantActor{
			{name: "Kemlu", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Tran Van Minh", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
		},
	},
	{
		name: "id komisioner tinggi of a UN agency is a title, not a name",
		lang: "id",
		text: "Menlu RI Sari Dewi bertemu Wakil Komisioner Tinggi UNHCR Ingrid Solberg di Jenewa, Kamis (16/1).",
		want: []wantActor{
			{name: "Sari Dewi", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Ingrid Solberg", kind: doc.KindPerson, country: "IGO", sector: "GOV"},
		},
	},
	{
		name: "en lower-case words between a country and an institution word; an article before a country in a name",
		lang: "en",
		text: "Qatar's aid agency delivered tents to Chad on Monday. The Brazil Cooperation Agency trained Angolan farmers, and Norway's disaster management agency sent pumps.",
		want: []wantActor{
			{name: "Qatar's aid agency", kind: doc.KindInstitution, country: "QAT", sector: "GOV"},
			{name: "Brazil Cooperation Agency", kind: doc.KindInstitution, country: "BRA", sector: "GOV"},
			{name: "Norway's disaster management agency", kind: doc.KindInstitution, country: "NOR", sector: "GOV"},
		},
	},
	{
		name: "en a long portfolio list before an appositive name",
		lang: "en",
		text: "Saudi Ambassador to Niger Faisal Al-Harbi met Niger's Minister of Humanitarian Action and Disaster Management, Aissata Boubacar, during the handover.",
		want: []wantActor{
			{name: "Faisal Al-Harbi", kind: doc.KindPerson, country: "SAU", sector: "GOV"},
			{name: "Aissata Boubacar", kind: doc.KindPerson, country: "NER", sector: "GOV"},
		},
	},
	{
		name: "id an English rank kept in an Indonesian story is a title",
		lang: "id",
		text: "Buronan itu diserahkan kepada tim Kepolisian Nasional Korea yang dipimpin Superintendent Kim Dong-wook di Bandara Soekarno-Hatta. Kim Dong-wook menyampaikan terima kasih kepada Polri.",
		want: []wantActor{
			{name: "Kepolisian Nasional Korea", kind: doc.KindInstitution, country: "KOR", sector: "COP"},
			{name: "Kim Dong-wook", kind: doc.KindPerson, country: "KOR", sector: "COP"},
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "en an administrator is a title, so the surname after it is the person named before",
		lang: "en",
		text: "Korean Ambassador Yoon Sang-hoon met Philippine Undersecretary Rodolfo Villaruel on Thursday. In his speech, OCD Administrator Villaruel thanked the Korean government.",
		want: []wantActor{
			{name: "Yoon Sang-hoon", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
			{name: "Rodolfo Villaruel", kind: doc.KindPerson, country: "PHL", sector: "GOV", mentions: []string{"Philippine Undersecretary Rodolfo Villaruel", "Administrator Villaruel"}},
			{name: "Korean government", kind: doc.KindInstitution, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "id an ambassador accredited to several countries, the name after the list",
		lang: "id",
		text: "Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP) RI untuk Republik Kenya merangkap Uganda dan Somalia, Hadi Purnomo, menyerahkan surat kepercayaan kepada Presiden Kenya Samuel Mutai, Selasa (4/3).",
		want: []wantActor{
			{name: "Hadi Purnomo", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Samuel Mutai", kind: doc.KindPerson, country: "KEN", sector: "GOV"},
		},
	},
	{
		name:   "en a sentence set in a side's city places its unplaced speaker",
		lang:   "en",
		outlet: "Kyodo",
		text:   "Japan protested after South Korean lawmakers landed on the islets on Tuesday. In Seoul, spokesperson Park Min-jae said on Wednesday that Japan's claim was groundless.",
		want: []wantActor{
			{name: "South Korean lawmakers", kind: doc.KindGroup, country: "KOR", sector: "LEG"},
			{name: "Park Min-jae", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "id a body with its country after a comma is that country's; a building one is in is not",
		lang: "id",
		text: "Pemerintah Provinsi Nusa Tenggara Timur dan Pemerintah Munisipalitas Bobonaro, Timor-Leste menandatangani nota kesepahaman di Gedung Sasando, Kupang, Rabu.",
		want: []wantActor{
			{name: "Pemerintah Provinsi Nusa Tenggara Timur", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Pemerintah Munisipalitas Bobonaro", kind: doc.KindInstitution, country: "TLS", sector: "GOV"},
		},
	},
	{
		name: "id a body glossed in a person's title is named by its abbreviation later",
		lang: "id",
		text: "Kapolri Jenderal Polisi Budi Santoso menerima Komisioner Kepolisian Federal Australia (Australian Federal Police/AFP) Karen Moss, Rabu (5/3). Dalam kesempatan itu, AFP juga menyerahkan hibah peralatan forensik kepada Polri.",
		want: []wantActor{
			{name: "Budi Santoso", kind: doc.KindPerson, country: "IDN", sector: "COP"},
			{name: "Karen Moss", kind: doc.KindPerson, country: "AUS", sector: "COP"},
			{name: "Australian Federal Police", kind: doc.KindInstitution, country: "AUS", sector: "COP", aliases: []string{"AFP"}},
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "id a trade representative is a title",
		lang: "id",
		text: "Ancaman itu disampaikan Perwakilan Dagang AS (USTR) Mark Whitfield dalam pernyataan tertulis.",
		want: []wantActor{
			{name: "Mark Whitfield", kind: doc.KindPerson, country: "USA", sector: "GOV"},
		},
	},
	{
		name: "en the Red Cross and a broadcaster are no government bodies",
		lang: "en",
		text: "The Red Cross Society of China gave $200,000 to Vietnam on Monday, Deutsche Welle reported.",
		want: []wantActor{
			{name: "Red Cross Society of China", kind: doc.KindInstitution, country: "CHN", sector: "NGO"},
			{name: "Deutsche Welle", kind: doc.KindInstitution, country: "DEU", sector: "JRN"},
		},
	},
	{
		name: "id a one-word title closing a name is part of it",
		lang: "id",
		text: "Menteri Agama Indonesia Yusuf Hakim meminta Pemerintah Arab Saudi menambah kuota haji.",
		want: []wantActor{
			{name: "Yusuf Hakim", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Pemerintah Arab Saudi", kind: doc.KindInstitution, country: "SAU", sector: "GOV"},
		},
	},
	{
		name: "en a surname spelled like a pronoun after a title",
		lang: "en",
		text: "The aid was handed over by Chinese Ambassador to Laos He Weiming on Friday. He said China would help.",
		want: []wantActor{
			{name: "He Weiming", kind: doc.KindPerson, country: "CHN", sector: "GOV", mentions: []string{"Chinese Ambassador to Laos He Weiming"}},
		},
	},
	{
		name:   "en a name with an appositive title whose body is unplaced",
		lang:   "en",
		outlet: "Kyodo",
		text:   "Kenji Sato, director general of the Foreign Ministry's Asian Affairs Bureau, lodged a protest with the South Korean Embassy on Tuesday. Japan claims the islets.",
		want: []wantActor{
			{name: "Kenji Sato", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "Foreign Ministry", kind: doc.KindInstitution, country: "JPN", sector: "GOV"},
			{name: "Asian Affairs Bureau", kind: doc.KindInstitution, country: "JPN", sector: "GOV"},
			{name: "South Korean Embassy", kind: doc.KindInstitution, country: "KOR", sector: "GOV"},
		},
	},
	{
		name:   "en a short body name whose modifier the earlier body lacks is another body",
		lang:   "en",
		outlet: "The Jakarta Post",
		text:   "The Australian Federal Police (AFP) met Indonesian officials on Tuesday. The National Police said the AFP had handed over drones.",
		want: []wantActor{
			{name: "Australian Federal Police", kind: doc.KindInstitution, country: "AUS", sector: "COP", mentions: []string{"Australian Federal Police", "AFP", "AFP"}},
			{name: "Indonesian officials", kind: doc.KindGroup, country: "IDN", sector: "GOV"},
			{name: "National Police", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "id the bare Pemerintah is not the foreign government named before",
		lang: "id",
		text: "Menteri Agama Indonesia Yusuf Rahman meminta Pemerintah Arab Saudi menambah kuota haji. Pemerintah menargetkan layanan yang lebih ramah lansia.",
		want: []wantActor{
			{name: "Yusuf Rahman", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Pemerintah Arab Saudi", kind: doc.KindInstitution, country: "SAU", sector: "GOV", mentions: []string{"Pemerintah Arab Saudi"}},
			{name: "Pemerintah", kind: doc.KindInstitution, country: "", sector: "GOV"},
		},
	},
	{
		name: "id a body of several words in a title places its holder before the people met are guessed",
		lang: "id",
		text: "TNI AL dan Angkatan Laut Thailand menggelar patroli terkoordinasi di Laut Andaman. Sebelumnya, Komandan Somchai Rattana melakukan kunjungan kehormatan kepada Komandan Pangkalan TNI AL (Danlanal) Sabang Kolonel Laut (P) Andi Pratama, Minggu (2/3).",
		want: []wantActor{
			{name: "TNI AL", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "Angkatan Laut Thailand", kind: doc.KindInstitution, country: "THA", sector: "MIL"},
			{name: "Somchai Rattana", kind: doc.KindPerson, country: "THA", sector: "MIL"},
			{name: "Andi Pratama", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
		},
	},
	{
		name: "en a portfolio ministry is the ministry of that portfolio named before",
		lang: "en",
		text: "Chile sent the request to the Ministry of Justice of the Republic of Korea on Monday. South Korea's justice ministry said it would review it.",
		want: []wantActor{
			{name: "Ministry of Justice of the Republic of Korea", kind: doc.KindInstitution, country: "KOR", sector: "GOV",
				mentions: []string{"Ministry of Justice of the Republic of Korea", "South Korea's justice ministry"}},
		},
	},
	{
		name:   "en a portfolio ministry under a wire's dateline is the dateline country's",
		lang:   "en",
		outlet: "Reuters",
		text:   "SEOUL, March 7 (Reuters) - The unification ministry on Friday urged North Korea to return to talks, a day after South Korea's president called for calm.",
		want: []wantActor{
			{name: "unification ministry", kind: doc.KindInstitution, country: "KOR", sector: "GOV"},
			{name: "South Korea's president", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "en a bare dateline abroad does not place a national body",
		lang: "en",
		text: "HANOI — The Philippine ambassador met Vietnam's farm minister on Tuesday, the Department of Foreign Affairs said.",
		want: []wantActor{
			{name: "Philippine ambassador", kind: doc.KindPerson, country: "PHL", sector: "GOV"},
			{name: "Vietnam's farm minister", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
			{name: "Department of Foreign Affairs", kind: doc.KindInstitution, country: "", sector: "GOV"},
		},
	},
	{
		name: "en a comma list of portfolios before the title",
		lang: "en",
		text: "Malaysian Investment, Trade and Industry Minister Hafiz Rahman arrived in Brasilia on Tuesday.",
		want: []wantActor{
			{name: "Hafiz Rahman", kind: doc.KindPerson, country: "MYS", sector: "GOV", mentions: []string{"Malaysian Investment, Trade and Industry Minister Hafiz Rahman"}},
		},
	},
	// The outlet's country and bodies placed before a title.
	{
		name:   "en a bare office in a national outlet's story is the outlet's country when it is a side",
		lang:   "en",
		outlet: "The Guardian",
		text:   "The foreign secretary, Helen Carmody, on Monday called on the Belarusian authorities to free two British aid workers. Belarus rejected the demand on Tuesday.",
		want: []wantActor{
			{name: "Helen Carmody", kind: doc.KindPerson, country: "GBR", sector: "GOV"},
			{name: "Belarusian authorities", kind: doc.KindGroup, country: "BLR", sector: "GOV"},
		},
	},
	{
		name: "en an office right after a body the text places is that body's",
		lang: "en",
		text: "MANILA -- The Philippine Coast Guard (PCG) and the Vietnam Coast Guard (VCG) held their first joint exercise on Wednesday.\n\nOn Thursday, VCG Commander Lt. Gen. Tran Quoc Huy paid a courtesy call on PCG Commandant Admiral Ramon Cruz.",
		want: []wantActor{
			{name: "Philippine Coast Guard", kind: doc.KindInstitution, country: "PHL", sector: "MIL"},
			{name: "Vietnam Coast Guard", kind: doc.KindInstitution, country: "VNM", sector: "MIL"},
			{name: "Tran Quoc Huy", kind: doc.KindPerson, country: "VNM", sector: "MIL"},
			{name: "Ramon Cruz", kind: doc.KindPerson, country: "PHL", sector: "MIL"},
		},
	},
	// Titles before the name, in both languages.
	{
		name: "en adjective title before name",
		lang: "en",
		text: "Vietnamese Deputy Prime Minister Tran Van Hoang met with Thai Foreign Minister Anan Srisuk in Bangkok on Tuesday.",
		want: []wantActor{
			{name: "Tran Van Hoang", kind: doc.KindPerson, country: "VNM", sector: "GOV", mentions: []string{"Vietnamese Deputy Prime Minister Tran Van Hoang"}},
			{name: "Anan Srisuk", kind: doc.KindPerson, country: "THA", sector: "GOV", mentions: []string{"Thai Foreign Minister Anan Srisuk"}},
		},
	},
	{
		// A spokesperson or minister who opens a sentence speaks for the
		// body the sentence before opened with, before a wire's dateline
		// places them; "Chief Cabinet Secretary" is Japan's title.
		name: "en speaker after the body that opens the sentence before",
		lang: "en",
		text: "VILNIUS, Sept 3 (Reuters) - Lithuania expelled a Belarusian diplomat on Tuesday, Lithuania's government said. The Belarusian foreign ministry rejected the accusations. Spokesman Pavel Zhuk said the case was invented. Tokyo dismissed the protest. Chief Cabinet Secretary Taro Ueda told reporters the claim stood.",
		want: []wantActor{
			{name: "Belarusian foreign ministry", kind: doc.KindInstitution, country: "BLR", sector: "GOV", mentions: []string{"Belarusian foreign ministry"}},
			{name: "Pavel Zhuk", kind: doc.KindPerson, country: "BLR", sector: "GOV", mentions: []string{"Spokesman Pavel Zhuk"}},
			{name: "Taro Ueda", kind: doc.KindPerson, country: "JPN", sector: "GOV", mentions: []string{"Chief Cabinet Secretary Taro Ueda"}},
			{name: "Belarusian diplomat", kind: doc.KindPerson, country: "BLR", sector: "GOV"},
			{name: "Lithuania's government", kind: doc.KindInstitution, country: "LTU", sector: "GOV"},
		},
	},
	{
		// ... but not one whose title names its own body, nor after a
		// state named as such, which opens sentences on both sides.
		name: "id speaker whose title names the body; state before",
		lang: "id",
		text: "JAKARTA (ANTARA) - Kedutaan Besar Vietnam di Jakarta mengirimkan nota diplomatik kepada Kementerian Luar Negeri. Kedubes Vietnam juga meminta akses kekonsuleran. Juru bicara Kementerian Luar Negeri, Arlinda Pramesti, membenarkan nota itu telah diterima.",
		want: []wantActor{
			{name: "Kedutaan Besar Vietnam", kind: doc.KindInstitution, country: "VNM", sector: "GOV", mentions: []string{"Kedutaan Besar Vietnam", "Kedubes Vietnam"}},
			{name: "Kementerian Luar Negeri", kind: doc.KindInstitution, country: "IDN", sector: "GOV", mentions: []string{"Kementerian Luar Negeri"}},
			{name: "Arlinda Pramesti", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Juru bicara Kementerian Luar Negeri, Arlinda Pramesti"}},
		},
	},
	{
		// An international body right before a title, or before its
		// possessive and the office's lower-case words, employs the
		// person; not one it urges in a clause ("urged envoy X").
		name: "en officer of an international body before the title",
		lang: "en",
		text: "Thai Foreign Minister Anan Srisuk met the European Union's foreign policy chief Henrik Lund in Bangkok. EU foreign policy spokesperson Marta Lind said the bloc welcomed the talks. The UN urged Thai envoy Kasem Boon to attend.",
		want: []wantActor{
			{name: "Anan Srisuk", kind: doc.KindPerson, country: "THA", sector: "GOV", mentions: []string{"Thai Foreign Minister Anan Srisuk"}},
			{name: "European Union", kind: doc.KindInstitution, country: "IGO", sector: "GOV", org: "EU"},
			{name: "Henrik Lund", kind: doc.KindPerson, country: "IGO", sector: "GOV", mentions: []string{"chief Henrik Lund"}},
			{name: "Marta Lind", kind: doc.KindPerson, country: "IGO", sector: "GOV", mentions: []string{"spokesperson Marta Lind"}},
			{name: "UN", kind: doc.KindInstitution, country: "IGO", sector: "GOV", org: "UN"},
			{name: "Kasem Boon", kind: doc.KindPerson, country: "THA", sector: "GOV", mentions: []string{"Thai envoy Kasem Boon"}},
		},
	},
	{
		// Ranks of air forces and of the Thai police, and a
		// commander-in-chief "of the Royal Thai Navy".
		name: "en air force and Thai police ranks, commander-in-chief of a body",
		lang: "en",
		text: "Myanmar police chief Zaw Min received Deputy Commissioner-General of the Royal Thai Police Pol. Gen. Somchai Rattana in Naypyitaw. Defence Adviser at the Australian High Commission to Brunei Group Captain Brad Whitlow paid a farewell call. Admiral Chai Srisuk, Commander-in-Chief of the Royal Thai Navy, also attended.",
		want: []wantActor{
			{name: "Zaw Min", kind: doc.KindPerson, country: "MMR", sector: "COP", mentions: []string{"Myanmar police chief Zaw Min"}},
			{name: "Somchai Rattana", kind: doc.KindPerson, country: "THA", sector: "COP", mentions: []string{"Deputy Commissioner-General of the Royal Thai Police Pol. Gen. Somchai Rattana"}},
			{name: "Brad Whitlow", kind: doc.KindPerson, country: "AUS", sector: "MIL"},
			{name: "Chai Srisuk", kind: doc.KindPerson, country: "THA", sector: "MIL"},
		},
	},
	{
		// A preposition between a place and a title is no adjective of
		// the title: the mention starts at the rank.
		name: "en place, preposition, rank",
		lang: "en",
		text: "Thai police chief Pol Gen Kittipong Sirirattanakul met Chinese officials. Talks were held in Bangkok between Pol Gen Kittipong Sirirattanakul and the visitors.",
		want: []wantActor{
			{name: "Kittipong Sirirattanakul", kind: doc.KindPerson, country: "THA", sector: "COP", mentions: []string{"Thai police chief Pol Gen Kittipong Sirirattanakul", "Pol Gen Kittipong Sirirattanakul"}},
			{name: "Chinese officials", kind: doc.KindGroup, country: "CHN", sector: "GOV"},
		},
	},
	{
		// "Its" is the body that opens the sentence before, after a
		// comma ("On Tuesday, the ministry"), not the story's main
		// country.
		name: "en its after an opener",
		lang: "en",
		text: "Belarus rejected a demand from the UK government, the British foreign secretary Helen Carmody said. On Tuesday, the Belarusian foreign ministry said it rejects the British demand. Its spokesperson, Andrei Klimovich, said the case was closed. Britain said Britain would respond.",
		want: []wantActor{
			{name: "UK government", kind: doc.KindInstitution, country: "GBR", sector: "GOV"},
			{name: "Helen Carmody", kind: doc.KindPerson, country: "GBR", sector: "GOV"},
			{name: "Belarusian foreign ministry", kind: doc.KindInstitution, country: "BLR", sector: "GOV"},
			{name: "Andrei Klimovich", kind: doc.KindPerson, country: "BLR", sector: "GOV", mentions: []string{"spokesperson, Andrei Klimovich"}},
		},
	},
	{
		// A body's name glossed in English between the office and the
		// name; a bare office later is the one titled so, not the
		// foreign one with its country named since.
		name: "id glossed office before the name; bare office is the one titled so",
		lang: "id",
		text: "JAKARTA (ANTARA) - Ketua DPR RI Rina Wulandari bertemu Ketua Majelis Agung Nasional Turki (Grand National Assembly of Turkiye) Mehmet Aksoy di Luanda, Rabu (25/10/2023). Menteri Luar Negeri Budi Hartono dan Menteri Luar Negeri Jepang Kenji Sato menandatangani nota di Tokyo. Menteri Luar Negeri kemudian kembali ke Jakarta.",
		want: []wantActor{
			{name: "Rina Wulandari", kind: doc.KindPerson, country: "IDN", sector: "LEG"},
			{name: "Mehmet Aksoy", kind: doc.KindPerson, country: "TUR", sector: "LEG", mentions: []string{"Ketua Majelis Agung Nasional Turki (Grand National Assembly of Turkiye) Mehmet Aksoy"}},
			{name: "Budi Hartono", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Menteri Luar Negeri Budi Hartono", "Menteri Luar Negeri"}},
			{name: "Kenji Sato", kind: doc.KindPerson, country: "JPN", sector: "GOV", mentions: []string{"Menteri Luar Negeri Jepang Kenji Sato"}},
		},
	},
	{
		// A body's name runs on past "and" to its abbreviation, which
		// then names it: "the BFAR vessel".
		name: "en body name with and, up to its abbreviation",
		lang: "en",
		text: "MANILA - A China Coast Guard vessel fired water cannon at a Bureau of Fisheries and Aquatic Resources (BFAR) ship on Saturday. The Chinese Embassy accused the BFAR vessel of intruding.",
		want: []wantActor{
			{name: "China Coast Guard", kind: doc.KindInstitution, country: "CHN", sector: "MIL"},
			{name: "Bureau of Fisheries and Aquatic Resources", kind: doc.KindInstitution, sector: "GOV", mentions: []string{"Bureau of Fisheries and Aquatic Resources (BFAR)", "BFAR"}},
			{name: "Chinese Embassy", kind: doc.KindInstitution, country: "CHN", sector: "GOV"},
		},
	},
	{
		// "The government" in a quote is its speaker's own, not the
		// government named last.
		name: "en the government in a quote is the speaker's",
		lang: "en",
		text: "SEOUL, July 15 (Yonhap) -- The Japanese government approved its white paper on Tuesday. \"The government strongly protests Japan's claim,\" foreign ministry spokesperson Yoon Ha-jin said.",
		want: []wantActor{
			{name: "Japanese government", kind: doc.KindInstitution, country: "JPN", sector: "GOV", mentions: []string{"Japanese government"}},
			{name: "government", kind: doc.KindInstitution, country: "KOR", sector: "GOV", mentions: []string{"government"}},
			{name: "foreign ministry", kind: doc.KindInstitution, sector: "GOV"},
			{name: "Yoon Ha-jin", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		// "Ratu" after an office and its country is a Fijian chief's
		// style; elsewhere a queen.
		name: "id Ratu after an office and its country is a style",
		lang: "id",
		text: "JAKARTA (ANTARA) - Menteri Luar Negeri Fiji Ratu Inoke Kubuabola bertemu Presiden Joko Widodo. Presiden juga menerima kunjungan Ratu Belanda Maxima.",
		want: []wantActor{
			{name: "Inoke Kubuabola", kind: doc.KindPerson, country: "FJI", sector: "GOV", mentions: []string{"Menteri Luar Negeri Fiji Ratu Inoke Kubuabola"}},
			{name: "Joko Widodo", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Maxima", kind: doc.KindPerson, country: "NLD", sector: "GOV"},
		},
	},
	{
		// An office in a town the gazetteer does not know, then a full
		// name; a known capital after "in" stays a place.
		name: "en office in an unknown town before the name",
		lang: "en",
		text: "The fishermen were received by Indonesian Consul in Vanimo Reinhard Situmeang on Tuesday. The minister in Jakarta met them later.",
		want: []wantActor{
			{name: "Reinhard Situmeang", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Indonesian Consul in Vanimo Reinhard Situmeang"}},
		},
	},
	{
		// A venue after "di" is where the body acted, not its name.
		name: "id a body at a venue",
		lang: "id",
		text: "MANILA - Kepolisian Nasional Filipina menyerahkan buronan JS kepada Polri di Bandara Ninoy Aquino, Selasa (19/5).",
		want: []wantActor{
			{name: "Kepolisian Nasional Filipina", kind: doc.KindInstitution, country: "PHL", sector: "COP"},
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP", mentions: []string{"Polri"}},
		},
	},
	{
		// An Indonesian regional head's title names the region before the
		// name, a region the gazetteer may not know.
		name: "id regional head, unknown region, then the name",
		lang: "id",
		text: "DENPASAR (ANTARA) - Pj. Bupati Buleleng I Gede Wiradharma Putra dan Wali Kota Tabanan Komang Sanjaya Putra menerima Konsul Jenderal India Shashank Vikram, Selasa (4/3).",
		want: []wantActor{
			{name: "I Gede Wiradharma Putra", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Bupati Buleleng I Gede Wiradharma Putra"}},
			{name: "Komang Sanjaya Putra", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Wali Kota Tabanan Komang Sanjaya Putra"}},
			{name: "Shashank Vikram", kind: doc.KindPerson, country: "IND", sector: "GOV"},
		},
	},
	{
		// The Sasak style "Lalu" inside a capitalised run is part of the
		// name, not "then".
		name: "id Lalu inside a name",
		lang: "id",
		text: "MATARAM (ANTARA) - Bantuan diserahkan Wakil Duta Besar Australia Catherine Ellwood kepada Pj Gubernur NTB Lalu Hamzanwadi Akbar, Jumat (18/10).",
		want: []wantActor{
			{name: "Catherine Ellwood", kind: doc.KindPerson, country: "AUS", sector: "GOV"},
			{name: "Lalu Hamzanwadi Akbar", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Gubernur NTB Lalu Hamzanwadi Akbar"}},
		},
	},
	{
		// "Assistant" modifies the title after it like "Deputy"; it is
		// no title of its own that would split "Australian Assistant"
		// from the minister.
		name: "en assistant minister and assistant secretary",
		lang: "en",
		text: "Australian Assistant Minister for Defence Tom Harkin met Philippine Assistant Secretary Eduardo Ramos in Manila on Thursday.",
		want: []wantActor{
			{name: "Tom Harkin", kind: doc.KindPerson, country: "AUS", sector: "GOV", mentions: []string{"Australian Assistant Minister for Defence Tom Harkin"}},
			{name: "Eduardo Ramos", kind: doc.KindPerson, country: "PHL", sector: "GOV", mentions: []string{"Philippine Assistant Secretary Eduardo Ramos"}},
		},
	},
	{
		name: "en title after name with of-country",
		lang: "en",
		text: "Ahmed Karimov, minister of foreign affairs of Uzbekistan, met his Kazakh counterpart Nurlan Abenov in Astana. Karimov said the talks went well.",
		want: []wantActor{
			{name: "Ahmed Karimov", kind: doc.KindPerson, country: "UZB", sector: "GOV",
				mentions: []string{"Ahmed Karimov, minister of foreign affairs of Uzbekistan", "Karimov"}},
			{name: "Nurlan Abenov", kind: doc.KindPerson, country: "KAZ", sector: "GOV", mentions: []string{"Kazakh counterpart Nurlan Abenov"}},
		},
	},
	{
		name: "id menteri luar negeri with country",
		lang: "id",
		text: "Menteri Luar Negeri Rusia Igor Petrovsky bertemu dengan Menteri Luar Negeri Indonesia Siti Rahmawati di Jakarta pada Kamis (6/3).",
		want: []wantActor{
			{name: "Igor Petrovsky", kind: doc.KindPerson, country: "RUS", sector: "GOV", mentions: []string{"Menteri Luar Negeri Rusia Igor Petrovsky"}},
			{name: "Siti Rahmawati", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Menteri Luar Negeri Indonesia Siti Rahmawati"}},
		},
	},
	{
		name: "id perdana menteri with abbreviation in parentheses",
		lang: "id",
		text: "Perdana Menteri (PM) Thailand Somchai Wongsakul menerima kunjungan Presiden Laos Bounmy Phommachanh di Bangkok, Senin (3/3).",
		want: []wantActor{
			{name: "Somchai Wongsakul", kind: doc.KindPerson, country: "THA", sector: "GOV", mentions: []string{"Perdana Menteri (PM) Thailand Somchai Wongsakul"}},
			{name: "Bounmy Phommachanh", kind: doc.KindPerson, country: "LAO", sector: "GOV", mentions: []string{"Presiden Laos Bounmy Phommachanh"}},
		},
	},
	{
		name: "id ambassador acts for sending country",
		lang: "id",
		text: "Duta Besar RI untuk Malaysia Hendra Wijaya bertemu dengan Menteri Dalam Negeri Malaysia Azlan Hamid di Kuala Lumpur.",
		want: []wantActor{
			{name: "Hendra Wijaya", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Duta Besar RI untuk Malaysia Hendra Wijaya"}},
			{name: "Azlan Hamid", kind: doc.KindPerson, country: "MYS", sector: "GOV", mentions: []string{"Menteri Dalam Negeri Malaysia Azlan Hamid"}},
		},
	},
	{
		name: "id foreign ambassador to Indonesia",
		lang: "id",
		text: "Duta Besar Malaysia untuk Indonesia Azlan Hamid bertemu Menteri Perdagangan Dewi Lestari di Jakarta.",
		want: []wantActor{
			{name: "Azlan Hamid", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
			{name: "Dewi Lestari", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en possessive ambassador to another country",
		lang: "en",
		text: "Australia's ambassador to Fiji, Helen Marsh, handed over 500 tents to Fijian Prime Minister Josaia Vuki yesterday.",
		want: []wantActor{
			{name: "Helen Marsh", kind: doc.KindPerson, country: "AUS", sector: "GOV", mentions: []string{"Australia's ambassador to Fiji, Helen Marsh"}},
			{name: "Josaia Vuki", kind: doc.KindPerson, country: "FJI", sector: "GOV"},
		},
	},
	{
		name: "en possessive ambassador posted to Laos",
		lang: "en",
		text: "Japan's ambassador to Laos, Kenji Matsuda, handed over demining equipment to Lao Defence Minister Khamphet Sivong on Tuesday.",
		want: []wantActor{
			{name: "Kenji Matsuda", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "Khamphet Sivong", kind: doc.KindPerson, country: "LAO", sector: "GOV"},
		},
	},
	{
		name: "en title after name with possessive country",
		lang: "en",
		text: "Dr. Rina Kartika, Indonesia's health minister, met WHO Director-General Tomas Adebayo in Geneva. Kartika said Indonesia would share data.",
		want: []wantActor{
			{name: "Rina Kartika", kind: doc.KindPerson, country: "IDN", sector: "GOV", aliases: []string{"Dr. Rina Kartika", "Kartika"},
				mentions: []string{"Dr. Rina Kartika, Indonesia's health minister", "Kartika"}},
			{name: "Tomas Adebayo", kind: doc.KindPerson, country: "IGO", sector: "GOV", org: "WHO"},
		},
	},

	// Honorifics are not part of the name but are kept as spellings.
	{
		name: "en samdech stripped",
		lang: "en",
		text: "Cambodian Prime Minister Samdech Hun Vichet received Thai Deputy Prime Minister Anan Srisuk in Phnom Penh. Samdech Hun Vichet thanked Thailand.",
		want: []wantActor{
			{name: "Hun Vichet", kind: doc.KindPerson, country: "KHM", sector: "GOV", aliases: []string{"Samdech Hun Vichet"},
				mentions: []string{"Cambodian Prime Minister Samdech Hun Vichet", "Samdech Hun Vichet"}},
			{name: "Anan Srisuk", kind: doc.KindPerson, country: "THA", sector: "GOV"},
		},
	},
	{
		name: "en dr. stripped",
		lang: "en",
		text: "Singaporean Health Minister Dr. Lim Wei Ming met Malaysian Health Minister Aziz Rahman in Singapore.",
		want: []wantActor{
			{name: "Lim Wei Ming", kind: doc.KindPerson, country: "SGP", sector: "GOV", aliases: []string{"Dr. Lim Wei Ming"}},
			{name: "Aziz Rahman", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
		},
	},
	{
		name: "id bapak stripped",
		lang: "id",
		text: "Presiden Indonesia Bapak Arif Wibowo bertemu dengan Perdana Menteri Vietnam Pham Quoc Bao di Hanoi.",
		want: []wantActor{
			{name: "Arif Wibowo", kind: doc.KindPerson, country: "IDN", sector: "GOV", aliases: []string{"Bapak Arif Wibowo"},
				mentions: []string{"Presiden Indonesia Bapak Arif Wibowo"}},
			{name: "Pham Quoc Bao", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
		},
	},

	// Counterparts take the country their phrase gives.
	{
		name: "en his thai counterpart",
		lang: "en",
		text: "Indonesian Foreign Minister Sari Utami met her Thai counterpart Anan Srisuk in Bangkok.",
		want: []wantActor{
			{name: "Sari Utami", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Anan Srisuk", kind: doc.KindPerson, country: "THA", sector: "GOV", mentions: []string{"Thai counterpart Anan Srisuk"}},
		},
	},
	{
		name: "id mitranya dari Jepang",
		lang: "id",
		text: "Menteri Luar Negeri Indonesia Sari Utami bertemu dengan mitranya dari Jepang Kenji Matsuda di Tokyo.",
		want: []wantActor{
			{name: "Sari Utami", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Kenji Matsuda", kind: doc.KindPerson, country: "JPN", sector: "GOV", mentions: []string{"mitranya dari Jepang Kenji Matsuda"}},
		},
	},

	// Coreference.
	{
		name: "en ambassador surname and title resolve to one actor",
		lang: "en",
		text: "Indonesian Ambassador Hendra Wijaya visited the Cambodian senate in Phnom Penh on Tuesday. Wijaya was welcomed by senators. The ambassador said the visit was useful.",
		want: []wantActor{
			{name: "Hendra Wijaya", kind: doc.KindPerson, country: "IDN", sector: "GOV", aliases: []string{"Wijaya"},
				mentions: []string{"Indonesian Ambassador Hendra Wijaya", "Wijaya", "ambassador"}},
			{name: "Cambodian senate", kind: doc.KindInstitution, country: "KHM", sector: "LEG"},
			{name: "senators", kind: doc.KindGroup, sector: "LEG"},
		},
	},
	{
		name: "en one-letter slip merged",
		lang: "en",
		text: "Indonesian Ambassador Hendra Wijaya met Cambodian Senate President Chea Sophal on Tuesday. Wijaya praised Chhea Sophal for his work. Sophal thanked Indonesia.",
		want: []wantActor{
			{name: "Hendra Wijaya", kind: doc.KindPerson, country: "IDN", sector: "GOV", mentions: []string{"Indonesian Ambassador Hendra Wijaya", "Wijaya"}},
			{name: "Chea Sophal", kind: doc.KindPerson, country: "KHM", sector: "LEG", aliases: []string{"Chhea Sophal", "Sophal"},
				mentions: []string{"Cambodian Senate President Chea Sophal", "Chhea Sophal", "Sophal"}},
		},
	},
	{
		name: "en surnames alone after full names",
		lang: "en",
		text: "New Zealand Prime Minister Tom Harris met Singaporean Prime Minister Lee Wen Jie in Singapore on Tuesday. Lee and Harris then held a press conference.",
		want: []wantActor{
			{name: "Tom Harris", kind: doc.KindPerson, country: "NZL", sector: "GOV", mentions: []string{"New Zealand Prime Minister Tom Harris", "Harris"}},
			{name: "Lee Wen Jie", kind: doc.KindPerson, country: "SGP", sector: "GOV", mentions: []string{"Singaporean Prime Minister Lee Wen Jie", "Lee"}},
		},
	},

	// Institutions.
	{
		name: "en abbreviation defined in text",
		lang: "en",
		text: "Nepal's National Agency for Disaster Management (NADM) sent tents to India on Tuesday. NADM said the tents arrived.",
		want: []wantActor{
			{name: "Nepal's National Agency for Disaster Management", kind: doc.KindInstitution, country: "NPL", sector: "GOV", aliases: []string{"NADM"},
				mentions: []string{"Nepal's National Agency for Disaster Management", "NADM", "NADM"}},
		},
	},
	{
		name: "id abbreviation defined in text",
		lang: "id",
		text: "Badan Nasional Penanggulangan Bencana (BNPB) mengirim bantuan ke Filipina. BNPB menyebut bantuan tiba Selasa.",
		want: []wantActor{
			{name: "Badan Nasional Penanggulangan Bencana", kind: doc.KindInstitution, country: "IDN", sector: "GOV", aliases: []string{"BNPB"},
				mentions: []string{"Badan Nasional Penanggulangan Bencana", "BNPB", "BNPB"}},
		},
	},
	{
		name: "id polri implies IDN",
		lang: "id",
		text: "Polri menangkap dua warga negara Malaysia di Batam, Selasa (4/3).",
		want: []wantActor{
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "id TNI implies IDN",
		lang: "id",
		text: "TNI menggelar latihan bersama dengan Angkatan Bersenjata Malaysia di Kalimantan Barat.",
		want: []wantActor{
			{name: "TNI", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "Angkatan Bersenjata Malaysia", kind: doc.KindInstitution, country: "MYS", sector: "MIL"},
		},
	},
	{
		name: "id kapolri implies IDN and is one actor with the name",
		lang: "id",
		text: "Kapolri Listyo Pranoto bertemu Menteri Dalam Negeri Malaysia Azlan Hamid di Jakarta.",
		want: []wantActor{
			{name: "Listyo Pranoto", kind: doc.KindPerson, country: "IDN", sector: "COP", mentions: []string{"Kapolri Listyo Pranoto"}},
			{name: "Azlan Hamid", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
		},
	},
	{
		name: "id panglima TNI",
		lang: "id",
		text: "Panglima TNI Agus Hartono menerima kunjungan Panglima Angkatan Bersenjata Singapura Lim Wei Ming di Jakarta.",
		want: []wantActor{
			{name: "Agus Hartono", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
			{name: "Lim Wei Ming", kind: doc.KindPerson, country: "SGP", sector: "MIL"},
		},
	},

	// Intergovernmental bodies.
	{
		name: "en ASEAN secretary-general",
		lang: "en",
		text: "ASEAN Secretary-General Kao Sovann met Timor-Leste Prime Minister Jose Amaral in Dili.",
		want: []wantActor{
			{name: "Kao Sovann", kind: doc.KindPerson, country: "IGO", sector: "GOV", org: "ASEAN"},
			{name: "Jose Amaral", kind: doc.KindPerson, country: "TLS", sector: "GOV"},
		},
	},
	{
		name: "id PBB",
		lang: "id",
		text: "PBB memuji Indonesia atas bantuan kemanusiaan untuk Gaza.",
		want: []wantActor{
			{name: "PBB", kind: doc.KindInstitution, country: "IGO", sector: "GOV", org: "UN", mentions: []string{"PBB"}},
		},
	},
	{
		name: "id sekretaris jenderal PBB",
		lang: "id",
		text: "Sekretaris Jenderal PBB Antonio Ferraz bertemu dengan Menteri Luar Negeri Indonesia Sari Utami di New York.",
		want: []wantActor{
			{name: "Antonio Ferraz", kind: doc.KindPerson, country: "IGO", sector: "GOV", org: "UN"},
			{name: "Sari Utami", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},

	// Delegations and groups.
	{
		name: "id police delegation",
		lang: "id",
		text: "Delegasi kepolisian Filipina beranggotakan 20 orang mengunjungi Mabes Polri di Jakarta, Selasa (4/3).",
		want: []wantActor{
			{name: "Delegasi kepolisian Filipina", kind: doc.KindGroup, country: "PHL", sector: "COP"},
			{name: "Mabes Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
		},
	},
	{
		name: "en authorities as a group",
		lang: "en",
		text: "Malaysian authorities seized two Vietnamese fishing boats on Tuesday.",
		want: []wantActor{
			{name: "Malaysian authorities", kind: doc.KindGroup, country: "MYS", sector: "GOV"},
		},
	},

	// "Both sides" and "kedua negara" are the parties of the story, not actors.
	{
		name: "en both sides is not an actor",
		lang: "en",
		text: "Both sides agreed to boost trade. Singapore and New Zealand signed an agreement on Tuesday.",
		want: nil,
	},
	{
		name: "id kedua negara is not an actor",
		lang: "id",
		text: "Menteri Perdagangan Indonesia Dewi Lestari bertemu Menteri Perdagangan Korea Selatan Park Min-jun pada Selasa (4/3). Kedua negara sepakat meningkatkan perdagangan.",
		want: []wantActor{
			{name: "Dewi Lestari", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Park Min-jun", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},

	// A head of government without a country takes the other main country.
	{
		name: "en untitled second prime minister",
		lang: "en",
		text: "Thai Prime Minister Anan Srisuk met Prime Minister Hun Vichet in Phnom Penh on Tuesday.",
		want: []wantActor{
			{name: "Anan Srisuk", kind: doc.KindPerson, country: "THA", sector: "GOV"},
			{name: "Hun Vichet", kind: doc.KindPerson, country: "KHM", sector: "GOV", mentions: []string{"Prime Minister Hun Vichet"}},
		},
	},
	{
		name: "id president with country given later",
		lang: "id",
		text: "Presiden Indonesia Arif Wibowo menerima Presiden Ferdinand Lopez di Istana Merdeka, Jakarta. Presiden Filipina itu tiba pada Selasa.",
		want: []wantActor{
			{name: "Arif Wibowo", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Ferdinand Lopez", kind: doc.KindPerson, country: "PHL", sector: "GOV", mentions: []string{"Presiden Ferdinand Lopez", "Presiden Filipina"}},
		},
	},

	// regressions
	{
		name: "en dato' seri before name",
		lang: "en",
		text: "Malaysian Home Minister Dato' Seri Azlan Hamid met Indonesian Home Minister Dr. Budi Santoso in Jakarta.",
		want: []wantActor{
			{name: "Azlan Hamid", kind: doc.KindPerson, country: "MYS", sector: "GOV", aliases: []string{"Dato' Seri Azlan Hamid"}},
			{name: "Budi Santoso", kind: doc.KindPerson, country: "IDN", sector: "GOV", aliases: []string{"Dr. Budi Santoso"}},
		},
	},
	{
		name: "en philippine foreign secretary",
		lang: "en",
		text: "Philippine Foreign Secretary Carla Reyes urged China to stop blocking fishing boats on Tuesday.",
		want: []wantActor{
			{name: "Carla Reyes", kind: doc.KindPerson, country: "PHL", sector: "GOV", mentions: []string{"Philippine Foreign Secretary Carla Reyes"}},
		},
	},
	{
		name: "en rwandan adjective",
		lang: "en",
		text: "Rwandan Foreign Minister Paul Habimana accused Congolese President Jean Mbala of backing rebel groups on Thursday.",
		want: []wantActor{
			{name: "Paul Habimana", kind: doc.KindPerson, country: "RWA", sector: "GOV", mentions: []string{"Rwandan Foreign Minister Paul Habimana"}},
			{name: "Jean Mbala", kind: doc.KindPerson, country: "COD", sector: "GOV"},
		},
	},
	{
		name: "en police delegation with member count",
		lang: "en",
		text: "A 20-member Philippine police delegation visited the Royal Malaysia Police headquarters in Kuala Lumpur on Tuesday.",
		want: []wantActor{
			{name: "Philippine police delegation", kind: doc.KindGroup, country: "PHL", sector: "COP"},
			{name: "Royal Malaysia Police", kind: doc.KindInstitution, country: "MYS", sector: "COP"},
		},
	},
	{
		name: "id kepala polis diraja malaysia",
		lang: "id",
		text: "Kapolri Listyo Pranoto bertemu Kepala Polis Diraja Malaysia Razak Osman di Jakarta.",
		want: []wantActor{
			{name: "Listyo Pranoto", kind: doc.KindPerson, country: "IDN", sector: "COP"},
			{name: "Razak Osman", kind: doc.KindPerson, country: "MYS", sector: "COP"},
		},
	},
	{
		name: "id two institutions joined by dan",
		lang: "id",
		text: "Kapolri Listyo Pranoto bertemu dengan Kepala Kepolisian Malaysia Razak Osman di Jakarta. Polri dan Polis Diraja Malaysia sepakat bekerja sama.",
		want: []wantActor{
			{name: "Listyo Pranoto", kind: doc.KindPerson, country: "IDN", sector: "COP"},
			{name: "Razak Osman", kind: doc.KindPerson, country: "MYS", sector: "COP"},
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
			{name: "Polis Diraja Malaysia", kind: doc.KindInstitution, country: "MYS", sector: "COP"},
		},
	},
	{
		name: "id TNI dan angkatan bersenjata",
		lang: "id",
		text: "TNI dan Angkatan Bersenjata Malaysia menggelar latihan bersama di Kalimantan Barat, Selasa (4/3).",
		want: []wantActor{
			{name: "TNI", kind: doc.KindInstitution, country: "IDN", sector: "MIL"},
			{name: "Angkatan Bersenjata Malaysia", kind: doc.KindInstitution, country: "MYS", sector: "MIL"},
		},
	},
	{
		name: "id kepala badan before name",
		lang: "id",
		text: "Duta Besar Jepang untuk Indonesia Hiroshi Tanaka menyerahkan bantuan kepada Kepala Badan Nasional Penanggulangan Bencana Suharyanto di Jakarta.",
		want: []wantActor{
			{name: "Hiroshi Tanaka", kind: doc.KindPerson, country: "JPN", sector: "GOV"},
			{name: "Suharyanto", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en agency of country",
		lang: "en",
		text: "The National Agency for Disaster Management (NADM) of Nepal sent tents to India. NADM said the tents arrived on Tuesday.",
		want: []wantActor{
			{name: "National Agency for Disaster Management", kind: doc.KindInstitution, country: "NPL", sector: "GOV", aliases: []string{"NADM"},
				mentions: []string{"National Agency for Disaster Management", "NADM", "NADM"}},
		},
	},
	// Comma lists of portfolios and state styles.
	{
		name: "en portfolio list then name",
		lang: "en",
		text: "Vietnam's Minister of Labour, Invalids and Social Affairs Dao Minh Chau met the Korean ambassador Park Ji-won in Hanoi on Monday.",
		want: []wantActor{
			{name: "Dao Minh Chau", kind: doc.KindPerson, country: "VNM", sector: "GOV"},
			{name: "Park Ji-won", kind: doc.KindPerson, country: "KOR", sector: "GOV"},
		},
	},
	{
		name: "en appositive portfolio list with state style",
		lang: "en",
		text: "Foreign Minister Anil Mehra spoke by phone with Ms. Lucia Ferraro Ruiz, Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic, on Monday. India and Argentina agreed to meet.",
		want: []wantActor{
			{name: "Anil Mehra", kind: doc.KindPerson, country: "IND", sector: "GOV"},
			{name: "Lucia Ferraro Ruiz", kind: doc.KindPerson, country: "ARG", sector: "GOV"},
		},
	},
	{
		name: "id portfolio list and Kerajaan",
		lang: "id",
		text: "Wakil Menteri Pertanian RI, Bayu Santosa, dan Menteri Pertanian, Alam dan Kualitas Pangan Kerajaan Belanda, Pieter de Vries, menandatangani nota kesepahaman di Den Haag, Rabu (5/3). Duta Besar RI untuk Kerajaan Belanda, Rina Astuti, hadir.",
		want: []wantActor{
			{name: "Bayu Santosa", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
			{name: "Pieter de Vries", kind: doc.KindPerson, country: "NLD", sector: "GOV"},
			{name: "Rina Astuti", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en possessive s apostrophe",
		lang: "en",
		text: "Belarus' Foreign Ministry condemned the decision on Tuesday, and Cyprus’s government said it would respond.",
		want: []wantActor{
			{name: "Belarus' Foreign Ministry", kind: doc.KindInstitution, country: "BLR", sector: "GOV"},
			{name: "Cyprus's government", kind: doc.KindInstitution, country: "CYP", sector: "GOV"},
		},
	},
	// Appositives after a title phrase.
	{
		name: "en title phrase ending in lower-case words, then the name",
		lang: "en",
		text: "At the closing ceremony on Wednesday, the commander of the Australian task group, Commander Fiona Walsh, paid a courtesy call on base commander First Admiral Agus Prasetyo.",
		want: []wantActor{
			{name: "Fiona Walsh", kind: doc.KindPerson, country: "AUS", sector: "MIL"},
			{name: "Agus Prasetyo", kind: doc.KindPerson, country: "", sector: "MIL"},
		},
	},
	{
		name: "en head of a country's body, then rank and name",
		lang: "en",
		text: "The head of the Kyrgyz Border Service, Major General Bolot Asanov, held a telephone conversation with the commander of Tajikistan's Border Troops, Lieutenant General Farrukh Saidov.",
		want: []wantActor{
			{name: "Bolot Asanov", kind: doc.KindPerson, country: "KGZ", sector: "MIL"},
			{name: "Farrukh Saidov", kind: doc.KindPerson, country: "TJK", sector: "MIL"},
		},
	},
	// Ranks between an office and a name; title-case headlines.
	{
		name: "id office, body abbreviation, rank, name",
		lang: "id",
		text: "Panglima TNI Jenderal Agus Wiratama menerima Kepala Staf Angkatan Darat Australia Letnan Jenderal Simon Carter di Jakarta, Senin (3/3).",
		want: []wantActor{
			{name: "Agus Wiratama", kind: doc.KindPerson, country: "IDN", sector: "MIL"},
			{name: "Simon Carter", kind: doc.KindPerson, country: "AUS", sector: "MIL"},
		},
	},
	{
		name: "id title-case headline has no names in its verbs",
		lang: "id",
		text: "Menteri P2MI Temui Menteri Sumber Manusia Malaysia, Minta Upah Dibayar Penuh\n\nMenteri Pelindungan Pekerja Migran Indonesia (P2MI) Rudi Hartono bertemu Menteri Sumber Manusia Malaysia Azman Yusof. Rudi meminta upah pekerja dibayar penuh dan temui solusi.",
		want: []wantActor{
			{name: "Azman Yusof", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
			{name: "Rudi Hartono", kind: doc.KindPerson, country: "IDN", sector: "GOV"},
		},
	},
	{
		name: "en adjective between a country and the title, appositive",
		lang: "en",
		text: "The rice was received by Grace Wanjiru Mutua, Kenya's principal secretary for special programmes, from Chinese Ambassador Li Wenhao. The two presidents agreed to meet.",
		want: []wantActor{
			{name: "Grace Wanjiru Mutua", kind: doc.KindPerson, country: "KEN", sector: "GOV"},
			{name: "Li Wenhao", kind: doc.KindPerson, country: "CHN", sector: "GOV"},
		},
	},
	{
		name: "id office name runs on to its abbreviation",
		lang: "id",
		text: "Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Sutrisno Halim mengatakan Indonesia akan terus memburu buronan itu.",
		want: []wantActor{
			{name: "Sutrisno Halim", kind: doc.KindPerson, country: "IDN", sector: "JUD", mentions: []string{"Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Sutrisno Halim"}},
		},
	},
	{
		name: "en compass words make regions, not states",
		lang: "en",
		text: "The two South American neighbours have clashed before. Philippine Coast Guard spokesman Jay Santos said Chinese ships blocked boats in the South China Sea.",
		want: []wantActor{
			{name: "Philippine Coast Guard", kind: doc.KindInstitution, country: "PHL", sector: "MIL"},
			{name: "Jay Santos", kind: doc.KindPerson, country: "PHL", sector: "MIL"},
		},
	},
	{
		name: "id an office of a body defined in the text takes its country",
		lang: "id",
		text: "Polri dan Kepolisian Nasional Filipina (Philippine National Police/PNP) menandatangani nota kesepahaman. Penandatanganan dilakukan oleh Kapolri Jenderal Pol Budi Santoso dan Kepala PNP Jenderal Ramon Cruz di Jakarta.",
		want: []wantActor{
			{name: "Polri", kind: doc.KindInstitution, country: "IDN", sector: "COP"},
			{name: "Kepolisian Nasional Filipina", kind: doc.KindInstitution, country: "PHL", sector: "COP"},
			{name: "Budi Santoso", kind: doc.KindPerson, country: "IDN", sector: "COP"},
			{name: "Ramon Cruz", kind: doc.KindPerson, country: "PHL", sector: "GOV"},
		},
	},
	{
		name: "en a country name inside a name after a title with its country",
		lang: "en",
		text: "Outgoing Brazilian Ambassador to Cambodia Rafael Montenegro Bastos paid a farewell call on Minister of Commerce Pan Sovann in Phnom Penh on Monday.",
		want: []wantActor{
			{name: "Rafael Montenegro Bastos", kind: doc.KindPerson, country: "BRA", sector: "GOV"},
			{name: "Pan Sovann", kind: doc.KindPerson, country: "KHM", sector: "GOV"},
		},
	},
	// Home institutions.
	{
		name: "id unplaced ministry is Indonesia's",
		lang: "id",
		text: "Kementerian Luar Negeri memanggil Duta Besar Malaysia untuk Indonesia, Dato' Azlan Hamid, pada Senin (3/3) menyusul penembakan terhadap pekerja migran Indonesia.",
		want: []wantActor{
			{name: "Kementerian Luar Negeri", kind: doc.KindInstitution, country: "IDN", sector: "GOV"},
			{name: "Azlan Hamid", kind: doc.KindPerson, country: "MYS", sector: "GOV"},
		},
	},
}

// skipKnown skips a case that shows a known bug, unless
// DYAD_RUN_SKIPPED is set to check whether the bug is fixed.
func skipKnown(t *testing.T, reason string) {
	t.Helper()
	if reason != "" && os.Getenv("DYAD_RUN_SKIPPED") == "" {
		t.Skip(reason)
	}
}

func newPipeline(t testing.TB, stop string) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{Stop: stop})
	if err != nil {
		t.Fatalf("pipeline.New: %v", err)
	}
	return p
}

func TestActors(t *testing.T) {
	p := newPipeline(t, "actors")
	for _, tc := range actorCases {
		t.Run(tc.name, func(t *testing.T) {
			skipKnown(t, tc.skip)
			d := &doc.Document{Raw: tc.text, Published: "2025-03-07", Outlet: tc.outlet}
			p.Process(d)
			if d.Language != tc.lang {
				t.Fatalf("language: got %q, want %q", d.Language, tc.lang)
			}
			checkMentionSpans(t, d)
			if len(d.Actors) != len(tc.want) {
				t.Errorf("got %d actors, want %d:\n got: %s\nwant: %v", len(d.Actors), len(tc.want), actorList(d), tc.want)
			}
			for _, w := range tc.want {
				a := findActor(d, w.name)
				if a == nil {
					t.Errorf("no actor named %q; got: %s", w.name, actorList(d))
					continue
				}
				checkActor(t, d, a, w)
			}
		})
	}
}

func findActor(d *doc.Document, name string) *doc.Actor {
	for i := range d.Actors {
		if d.Actors[i].Name == name {
			return &d.Actors[i]
		}
	}
	return nil
}

func actorList(d *doc.Document) string {
	var b strings.Builder
	for _, a := range d.Actors {
		fmt.Fprintf(&b, "[%s %q %s/%s]", a.Kind, a.Name, a.Country, a.Sector)
	}
	return b.String()
}

func checkActor(t *testing.T, d *doc.Document, a *doc.Actor, w wantActor) {
	t.Helper()
	if a.Kind != w.kind {
		t.Errorf("%q kind: got %q, want %q", w.name, a.Kind, w.kind)
	}
	if a.Country != w.country {
		t.Errorf("%q country: got %q, want %q", w.name, a.Country, w.country)
	}
	if a.Sector != w.sector {
		t.Errorf("%q sector: got %q, want %q", w.name, a.Sector, w.sector)
	}
	if w.org != "" && a.Org != w.org {
		t.Errorf("%q org: got %q, want %q", w.name, a.Org, w.org)
	}
	for _, al := range w.aliases {
		if !slices.Contains(a.Aliases, al) {
			t.Errorf("%q aliases: got %q, want it to include %q", w.name, a.Aliases, al)
		}
	}
	if w.mentions != nil {
		var got []string
		for _, m := range a.Mentions {
			got = append(got, m.Of(d.Text))
		}
		if !slices.Equal(got, w.mentions) {
			t.Errorf("%q mentions: got %q, want %q", w.name, got, w.mentions)
		}
	}
}

// checkMentionSpans checks that every mention of every actor lies within
// the text, covers whole words and names the actor by one of its
// spellings, its title or a role word.
func checkMentionSpans(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, a := range d.Actors {
		if a.Name == "" {
			t.Errorf("actor %s has no name", a.ID)
		}
		if len(a.Mentions) == 0 {
			t.Errorf("actor %s %q has no mentions", a.ID, a.Name)
		}
		for _, m := range a.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				t.Errorf("actor %q: mention span %v out of bounds (text has %d bytes)", a.Name, m, len(d.Text))
				continue
			}
			s := m.Of(d.Text)
			if !utf8.ValidString(s) {
				t.Errorf("actor %q: mention %v splits a rune: %q", a.Name, m, s)
			}
			if s != strings.TrimSpace(s) {
				t.Errorf("actor %q: mention %q has surrounding space", a.Name, s)
			}
			if m.Start > 0 && isWordByte(d.Text[m.Start-1]) || m.End < len(d.Text) && isWordByte(d.Text[m.End]) {
				t.Errorf("actor %q: mention %q at %v cuts a word", a.Name, s, m)
			}
			if !mentionNames(s, a) {
				t.Errorf("actor %q: mention %q names neither a spelling nor the title (aliases %q, title %q)", a.Name, s, a.Aliases, a.Title)
			}
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}

func mentionNames(s string, a doc.Actor) bool {
	ls := strings.ToLower(s)
	for _, n := range append([]string{a.Name, a.Title}, a.Aliases...) {
		if n != "" && strings.Contains(ls, strings.ToLower(n)) {
			return true
		}
	}
	// A title word alone ("the ambassador", "Kapolri") refers back by role.
	for _, w := range strings.Fields(strings.ToLower(a.Title)) {
		if len(w) > 3 && strings.Contains(ls, w) {
			return true
		}
	}
	return false
}
