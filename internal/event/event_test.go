package event_test

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/pipeline"
)

// pub is the publication date of most cases: Friday 7 March 2025, so
// "Tuesday" is 2025-03-04, "Thursday" and "yesterday" 2025-03-06.
const pub = "2025-03-07"

// eventCase is one document and all the events it should yield, each as
// "TYPE SIDES DATE STATUS" (see eventString), sorted.
type eventCase struct {
	name      string
	lang      string // the language langid must find
	published string
	text      string
	want      []string
	wantDiag  string // a substring of a warning the document must carry
	skip      string // a known bug: the case is skipped with this reason
	outlet    string // the document's outlet, when the case is about it
}

// The sentences and people below are invented.
var eventCases = []eventCase{
	// Meetings and visits.
	{
		name: "en met with on weekday",
		lang: "en", published: pub,
		text: "Singaporean Foreign Minister Daniel Koh met with Malaysian Foreign Minister Aziz Rahman on Tuesday.",
		want: []string{"CONSULT SGP->MYS 2025-03-04 reported"},
	},
	{
		name: "en who is visiting met",
		lang: "en", published: pub,
		text: "Indonesian Foreign Minister Rina Kartika, who is visiting Tokyo, met Japanese Prime Minister Kenji Matsuda on Thursday.",
		want: []string{"CONSULT IDN->JPN 2025-03-06 reported"},
	},
	{
		name: "id bertemu dengan yang sedang berkunjung",
		lang: "id", published: pub,
		text: "Menteri Pertahanan Indonesia Budi Santoso bertemu dengan Menteri Pertahanan Australia Mark Fielding yang sedang berkunjung ke Jakarta, Kamis (6/3).",
		want: []string{"CONSULT AUS->IDN 2025-03-06 reported"},
	},
	{
		name: "en received visiting",
		lang: "en", published: pub,
		text: "Vietnamese President Nguyen Van Long received visiting Lao Prime Minister Khamphet Sivong in Hanoi on Tuesday.",
		want: []string{"CONSULT LAO->VNM 2025-03-04 reported"},
	},
	{
		name: "id menerima kunjungan",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo menerima kunjungan Perdana Menteri Malaysia Hafiz Osman di Istana Bogor, Selasa (4/3).",
		want: []string{"CONSULT MYS->IDN 2025-03-04 reported"},
	},
	{
		name: "id PM menerima kunjungan with weekday mismatch elsewhere",
		lang: "id", published: pub,
		text: "Panglima TNI Agus Hartono menerima kunjungan Panglima Angkatan Bersenjata Singapura Lim Wei Ming di Jakarta, Kamis (6/3).",
		want: []string{"CONSULT SGP->IDN 2025-03-06 reported"},
	},
	{
		name: "id visit over a range of days",
		lang: "id", published: pub,
		text: "Perdana Menteri Vietnam Pham Quoc Bao melakukan kunjungan kenegaraan ke Indonesia pada 3-5 Maret 2025.",
		want: []string{"CONSULT VNM->IDN 2025-03-03/2025-03-05 reported"},
	},
	{
		name: "en visited an institution",
		lang: "en", published: pub,
		text: "Indonesian Ambassador Hendra Wijaya visited the Cambodian senate in Phnom Penh on Tuesday.",
		want: []string{"CONSULT IDN->KHM 2025-03-04 reported"},
	},
	{
		name: "id delegation visits",
		lang: "id", published: pub,
		text: "Delegasi kepolisian Filipina beranggotakan 20 orang mengunjungi Mabes Polri di Jakarta, Selasa (4/3).",
		want: []string{"CONSULT PHL->IDN 2025-03-04 reported"},
	},
	{
		name: "en counterpart and untitled second prime minister",
		lang: "en", published: pub,
		text: "Thai Prime Minister Anan Srisuk met Prime Minister Hun Vichet in Phnom Penh on Tuesday.",
		want: []string{"CONSULT THA->KHM 2025-03-04 reported"},
	},
	{
		name: "en IGO official",
		lang: "en", published: pub,
		text: "ASEAN Secretary-General Kao Sovann met Timor-Leste Prime Minister Jose Amaral in Dili on Tuesday.",
		want: []string{"CONSULT IGO->TLS 2025-03-04 reported"},
	},

	// Agreements and signings.
	{
		name: "en A and B agreed",
		lang: "en", published: pub,
		text: "Thai Foreign Minister Anan Srisuk and Cambodian Foreign Minister Sok Vanna agreed on Tuesday to reopen the border crossing.",
		want: []string{"AGREE KHM<->THA 2025-03-04 reported"},
	},
	{
		name: "id kedua belah pihak sepakat",
		lang: "id", published: pub,
		text: "Menteri Perdagangan Indonesia Dewi Lestari bertemu Menteri Perdagangan Korea Selatan Park Min-jun pada Selasa (4/3). Kedua belah pihak sepakat meningkatkan perdagangan.",
		want: []string{"AGREE IDN<->KOR 2025-03-04 reported", "CONSULT IDN->KOR 2025-03-04 reported"},
	},
	{
		name: "id countries sepakat without date",
		lang: "id", published: pub,
		text: "Indonesia dan Malaysia sepakat memperkuat kerja sama perbatasan.",
		want: []string{"AGREE IDN<->MYS - reported"},
	},
	{
		name: "en A and B signed",
		lang: "en", published: pub,
		text: "Indian Trade Minister Raj Mehta and Nepali Trade Minister Hari Thapa signed a power trade agreement in New Delhi on Thursday.",
		want: []string{"SUPPORT IND<->NPL 2025-03-06 reported"},
	},
	{
		name: "en signed with",
		lang: "en", published: pub,
		text: "Indonesian President Arif Wibowo signed an agreement with Malaysian Prime Minister Hafiz Osman on Thursday.",
		want: []string{"SUPPORT IDN<->MYS 2025-03-06 reported"},
	},
	{
		name: "id kedua negara menandatangani",
		lang: "id", published: pub,
		text: "Kedua negara menandatangani nota kesepahaman di bidang perdagangan, Kamis (6/3). Menteri Perdagangan Indonesia Dewi Lestari dan Menteri Perdagangan Malaysia Aziz Rahman hadir.",
		want: []string{"SUPPORT IDN<->MYS 2025-03-06 reported"},
	},

	// Support and aid.
	{
		name: "id berterima kasih kepada",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Timor Leste Jose Amaral berterima kasih kepada Menteri Luar Negeri Indonesia Sari Utami atas dukungan Indonesia, Kamis (6/3).",
		want: []string{"SUPPORT TLS->IDN 2025-03-06 reported"},
	},
	{
		name: "en praised and thanked",
		lang: "en", published: pub,
		text: "Indonesian Ambassador Hendra Wijaya met Cambodian Senate President Chea Sophal on Tuesday. Wijaya praised Chhea Sophal for his work. Sophal thanked Indonesia.",
		want: []string{"CONSULT IDN->KHM 2025-03-04 reported", "SUPPORT IDN->KHM 2025-03-04 reported", "SUPPORT KHM->IDN 2025-03-04 reported"},
	},
	{
		name: "id PBB memuji",
		lang: "id", published: pub,
		text: "PBB memuji Indonesia atas bantuan kemanusiaan untuk Gaza.",
		want: []string{"SUPPORT IGO->IDN - reported"},
	},
	{
		name: "id menyerahkan bantuan senilai",
		lang: "id", published: pub,
		text: "Pemerintah Jepang menyerahkan bantuan senilai Rp 5 miliar kepada Indonesia di Jakarta, Kamis (6/3).",
		want: []string{"AID JPN->IDN 2025-03-06 reported"},
	},
	{
		name: "en handed over yesterday",
		lang: "en", published: pub,
		text: "Australia's ambassador to Fiji, Helen Marsh, handed over 500 tents to Fijian Prime Minister Josaia Vuki yesterday.",
		want: []string{"AID AUS->FJI 2025-03-06 reported"},
	},

	// Joint action.
	{
		name: "en joint exercise of coast guards",
		lang: "en", published: pub,
		text: "Indian and Sri Lankan coast guard ships held a joint exercise off Colombo on Tuesday.",
		want: []string{"COOPERATE IND<->LKA 2025-03-04 reported"},
	},
	{
		name: "en joint patrols of navies",
		lang: "en", published: pub,
		text: "The Indonesian and Malaysian navies conducted joint patrols in the Malacca Strait on Tuesday.",
		want: []string{"COOPERATE IDN<->MYS 2025-03-04 reported"},
	},
	{
		name: "id latihan bersama dengan",
		lang: "id", published: pub,
		text: "TNI menggelar latihan bersama dengan Angkatan Bersenjata Malaysia di Kalimantan Barat, Selasa (4/3).",
		want: []string{"COOPERATE IDN<->MYS 2025-03-04 reported"},
	},

	// Conflict.
	{
		name: "id meminta",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Indonesia Sari Utami meminta Myanmar membebaskan tahanan politik, Kamis (6/3).",
		want: []string{"REQUEST IDN->MMR 2025-03-06 reported"},
	},
	{
		name: "en rejected",
		lang: "en", published: pub,
		text: "Venezuela rejected Guyana's proposal to take the dispute to the court on Tuesday.",
		want: []string{"REJECT VEN->GUY 2025-03-04 reported"},
	},
	{
		name: "id menolak",
		lang: "id", published: pub,
		text: "Indonesia menolak tuduhan Malaysia soal pembakaran hutan, Kamis (6/3).",
		want: []string{"REJECT IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "en threatened",
		lang: "en", published: pub,
		text: "North Korea threatened South Korea with military action on Thursday.",
		want: []string{"THREATEN PRK->KOR 2025-03-06 reported"},
	},
	{
		name: "en lodged a protest",
		lang: "en", published: pub,
		text: "China lodged a protest with Japan on Tuesday over the visit.",
		want: []string{"ACCUSE CHN->JPN 2025-03-04 reported"},
	},
	{
		name: "en summoned ambassador",
		lang: "en", published: pub,
		text: "Guyana summoned Venezuela's ambassador on Tuesday.",
		want: []string{"ACCUSE GUY->VEN 2025-03-04 reported"},
	},
	{
		name: "en imposed sanctions",
		lang: "en", published: pub,
		text: "The United States imposed sanctions on Iran on Thursday.",
		want: []string{"SANCTION USA->IRN 2025-03-06 reported"},
	},
	{
		name: "en seized",
		lang: "en", published: pub,
		text: "Malaysian authorities seized two Vietnamese fishing boats on Tuesday.",
		want: []string{"COERCE MYS->VNM 2025-03-04 reported"},
	},
	{
		name: "id menangkap",
		lang: "id", published: pub,
		text: "Polri menangkap dua warga negara Malaysia di Batam, Selasa (4/3).",
		want: []string{"COERCE IDN->MYS 2025-03-04 reported"},
	},

	// Status.
	{
		name: "en will visit next month",
		lang: "en", published: pub,
		text: "Indonesian President Arif Wibowo will visit Japan next month.",
		want: []string{"CONSULT IDN->JPN - planned"},
	},
	{
		name: "id akan berkunjung",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo akan berkunjung ke Jepang bulan depan.",
		want: []string{"CONSULT IDN->JPN - planned"},
	},
	{
		name: "en did not meet",
		lang: "en", published: pub,
		text: "Thai Prime Minister Anan Srisuk did not meet Cambodian Prime Minister Hun Vichet on Tuesday.",
		want: []string{"CONSULT THA->KHM 2025-03-04 negated"},
	},
	{
		name: "id batal bertemu",
		lang: "id", published: pub,
		text: "Presiden Filipina Maria Cruz batal bertemu dengan Presiden Indonesia Arif Wibowo, Kamis (6/3).",
		want: []string{"CONSULT PHL->IDN 2025-03-06 negated"},
	},
	{
		name: "en hopes to sign",
		lang: "en", published: pub,
		text: "Indonesia hopes to sign a trade deal with Peru.",
		want: []string{"SUPPORT IDN<->PER - hypothetical"},
	},
	{
		name: "en background year is not dated by a later sentence",
		lang: "en", published: pub,
		text: "In 2019 the two countries signed a defence agreement. Malaysian Defence Minister Azlan Hamid met his Thai counterpart Somsak Chai on Thursday.",
		want: []string{"CONSULT MYS->THA 2025-03-06 reported", "SUPPORT MYS<->THA - reported"},
	},
	{
		name: "id background tahun 2019",
		lang: "id", published: pub,
		text: "Kamboja dan Thailand menandatangani perjanjian perbatasan pada tahun 2019. Menteri Luar Negeri Kamboja Sok Vanna bertemu dengan Menteri Luar Negeri Thailand Anan Srisuk, Kamis (6/3).",
		want: []string{"CONSULT KHM->THA 2025-03-06 reported", "SUPPORT KHM<->THA - reported"},
	},

	// Dates.
	{
		name: "id weekday with day and month",
		lang: "id", published: "2022-08-05",
		text: "Menteri Luar Negeri Rusia Igor Petrovsky bertemu dengan Menteri Luar Negeri Indonesia Siti Rahmawati di Jakarta pada Kamis (4/8).",
		want: []string{"CONSULT RUS->IDN 2022-08-04 reported"},
	},
	{
		name: "id kemarin",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Malaysia Aziz Rahman bertemu dengan Menteri Luar Negeri Brunei Hassan Bolkiah kemarin.",
		want: []string{"CONSULT MYS->BRN 2025-03-06 reported"},
	},
	{
		name: "en yesterday",
		lang: "en", published: pub,
		text: "Indonesian Foreign Minister Sari Utami met Australian Foreign Minister Helen Marsh yesterday.",
		want: []string{"CONSULT IDN->AUS 2025-03-06 reported"},
	},
	{
		name: "en no date is not the publication date",
		lang: "en", published: pub,
		text: "Indonesian Foreign Minister Sari Utami met Australian Foreign Minister Helen Marsh in Canberra.",
		want: []string{"CONSULT IDN->AUS - reported"},
	},
	{
		name: "id weekday contradicts its date",
		lang: "id", published: pub,
		text:     "Menteri Luar Negeri Indonesia Sari Utami bertemu dengan Menteri Luar Negeri Australia Helen Marsh di Canberra, Rabu (6/3).",
		want:     []string{"CONSULT IDN->AUS 2025-03-06 reported"},
		wantDiag: "weekday",
	},

	// regressions
	{
		name: "en received a courtesy call from",
		lang: "en", published: pub,
		text: "Cambodian Minister of Commerce Sok Chanthy received a courtesy call from Indonesian Ambassador Arief Wibowo on Tuesday.",
		want: []string{"CONSULT IDN->KHM 2025-03-04 reported"},
	},
	{
		name: "en received equipment is no visit",
		lang: "en", published: pub,
		text: "Lao Deputy Minister Bounmy Vongsa received the equipment from Japanese Ambassador Kenta Ono on Tuesday.",
		want: []string{},
	},
	{
		name: "id terimakasih glued",
		lang: "id", published: pub,
		text: "Menteri Kamboja Sok Vanna menyampaikan terimakasih kepada pemerintah Korea Selatan pada Selasa (4/3).",
		want: []string{"SUPPORT KHM->KOR 2025-03-04 reported"},
	},
	{
		name: "en coordinated verbs share the subject",
		lang: "en", published: pub,
		text: "Vietnam on Tuesday accused China of harassing its fishermen and called on Beijing to respect its waters.",
		want: []string{"ACCUSE VNM->CHN 2025-03-04 reported", "REQUEST VNM->CHN 2025-03-04 reported"},
	},
	{
		name: "en what two countries are asked to stop is no accusation between them",
		lang: "en", published: pub,
		text: "China on Tuesday called on Washington and Tokyo to stop interfering in the South China Sea dispute.",
		want: []string{"REQUEST CHN->USA 2025-03-04 reported", "REQUEST CHN->JPN 2025-03-04 reported"},
	},
	{
		name: "en a sentence's opening It is the body the sentence before told of",
		lang: "en", published: pub,
		text: "MANILA, March 7 (PNA) -- The Chinese Embassy in Manila issued a statement on Tuesday. It also urged Tokyo to stay out of the dispute.\n\nThe Chinese Embassy said it had issued three statements. It is time to urge Hanoi to join the talks, one analyst said.",
		want: []string{"REQUEST CHN->JPN 2025-03-04 reported"},
	},
	{
		name: "en an opening It is no one when the sentence before opens with a person",
		lang: "en", published: pub,
		text: "Ambassador Maria Santos of the Philippines met students on Tuesday. It also urged Tokyo to stay out of the dispute.",
		want: nil,
	},
	{
		name: "en the government in a quote is the speaker's",
		lang: "en", published: pub,
		text: "SEOUL, March 7 (Yonhap) -- South Korea lodged a protest with Japan on Tuesday over the islets.\n\n\"The government urges Japan to withdraw the claim immediately,\" ministry spokesperson Lee Ji-won said on Tuesday.",
		want: []string{"ACCUSE KOR->JPN 2025-03-04 reported", "REQUEST KOR->JPN 2025-03-04 reported"},
	},
	{
		name: "en a titled name of a country is that country's; the president of a numbered UNGA session is the UN's",
		lang: "en", published: pub,
		text: "NEW YORK, March 7 -- Foreign Minister Tran Van Long of Vietnam held a series of meetings in New York this week.\n\nOn Monday, Long paid a courtesy call on Carlos Mendez, president of the 79th session of the UN General Assembly, at the UN headquarters.",
		want: []string{"CONSULT VNM->IGO 2025-03-03 reported"},
	},
	{
		name: "en X then met Y: the day of the step before; a later meeting's place is not this one's",
		lang: "en", published: pub,
		text: "NEW YORK, March 7 -- Foreign Minister Tran Van Long of Vietnam held a series of meetings in New York this week.\n\nOn Monday, Long met New Zealand Ambassador Fiona Ash.\n\nOn Tuesday, the minister met with UNDP Administrator Lars Berg. Berg praised Vietnam's progress.\n\nLong then met Indian External Affairs Minister Arjun Mehta, with both agreeing to hold the next Joint Commission in Hanoi early next year.\n\nMehta thanked Vietnam for its support.",
		want: []string{"CONSULT VNM->NZL 2025-03-03 reported", "CONSULT VNM->IGO 2025-03-04 reported", "SUPPORT IGO->VNM 2025-03-04 reported", "CONSULT VNM->IND 2025-03-04 reported", "AGREE IND<->VNM 2025-03-04 reported", "SUPPORT IND->VNM 2025-03-04 reported"},
	},
	{
		name: "en mobilizing resources is no mobilisation",
		lang: "en", published: pub,
		text: "Japan on Tuesday pledged to help Vietnam in mobilizing resources for its energy transition.",
		want: []string{"AGREE JPN<->VNM 2025-03-04 reported"},
	},
	{
		name: "en what has been done is not dated by the day it was told; a district of a province is a place",
		lang: "en", published: pub,
		text: "SEOUL, March 7 (Yonhap) -- South Korea has signed a farming agreement with Laos, the agriculture ministry said Wednesday.\n\nOn Monday, the vice minister attended a ceremony in Phonhong district of Vientiane Province where the Korea International Cooperation Agency (KOICA) handed over 40 tractors to local cooperatives.",
		want: []string{"SUPPORT KOR<->LAO 2025-03-03 reported", "AID KOR->LAO 2025-03-03 reported"}, // (the story's one day, not the day it was told)
	},
	{
		name: "en a participle that describes the ones held names no one who holds them",
		lang: "en", published: pub,
		text: "MANILA - The Philippine Department of Foreign Affairs on Wednesday said it has formally asked the Kenyan government to allow consular access to nine Filipino sailors detained in Mombasa after their ship was stopped by the Kenyan Navy last week. Kenyan police detained two more Filipino sailors on Monday.",
		want: []string{"REQUEST PHL->KEN 2025-03-05 reported", "COERCE KEN->PHL 2025-03-03 reported"},
	},
	{
		name: "id boats swept away (terbawa arus) carry no aid; a request of one's own ministry is no request of the other side",
		lang: "id", published: pub,
		text: "BANDA ACEH, KOMPAS.com - Sembilan nelayan Aceh yang ditahan di Thailand dipulangkan. Gubernur Aceh Teuku Hasan berterima kasih kepada Pemerintah Thailand, Senin (3/3).\n\nMenurut Gubernur Aceh Teuku Hasan, kapal-kapal nelayan Aceh kerap hanyut terbawa arus hingga ke perairan Thailand dan India saat mesin rusak. Pemprov Aceh meminta Kementerian Luar Negeri terus memperjuangkan pemulangan nelayan lain.",
		want: []string{"SUPPORT IDN->THA 2025-03-03 reported"},
	},
	{
		name: "id what a request asks for after 'agar' is wanted, not done",
		lang: "id", published: pub,
		text: "JAYAPURA - Menlu Vanuatu Maki Tamata mendesak Indonesia agar segera mengizinkan Kantor Komisaris Tinggi HAM PBB berkunjung ke Papua, Selasa (4/3).",
		want: []string{"REQUEST VUT->IDN 2025-03-04 reported", "CONSULT IGO->IDN 2025-03-04 hypothetical"},
	},
	{
		name: "id what the one asked is to allow is wanted, not done",
		lang: "id", published: pub,
		text: "JAYAPURA - Menlu Vanuatu Maki Tamata mendesak Indonesia segera mengizinkan Kantor Komisaris Tinggi HAM PBB berkunjung ke Papua, Selasa (4/3).",
		want: []string{"REQUEST VUT->IDN 2025-03-04 reported", "CONSULT IGO->IDN 2025-03-04 hypothetical"},
	},
	{
		name: "id a decoration conferred is support; a day a look back names dates only its own event",
		lang: "id", published: "2025-03-07",
		text: "BANGKOK -- Perdana Menteri Thailand Sarawut Chai menerima kunjungan pamitan Dubes RI Rachmat Hidayat di Bangkok, Kamis (6/3).\n\nDalam pertemuan itu, PM Sarawut berterima kasih atas kepemimpinan Indonesia di ASEAN.\n\nDua hari sebelumnya, Selasa (4/3), Pemerintah Thailand menganugerahkan tanda kehormatan kepada Dubes Rachmat.",
		want: []string{"CONSULT IDN->THA 2025-03-06 reported", "SUPPORT THA->IDN 2025-03-06 reported", "SUPPORT THA->IDN 2025-03-04 reported"},
	},
	{
		name: "id the story's day comes from its lead, not from a day a look back names",
		lang: "id", published: "2025-03-07",
		text: "BANGKOK -- Dubes RI Rachmat Hidayat mengakhiri masa tugasnya di Thailand, Kamis (6/3).\n\nPM Thailand Sarawut Chai berterima kasih atas kepemimpinan Indonesia di ASEAN.\n\nDua hari sebelumnya, Selasa (4/3), Pemerintah Thailand menganugerahkan tanda kehormatan kepada Dubes Rachmat.",
		want: []string{"SUPPORT THA->IDN 2025-03-06 reported", "SUPPORT THA->IDN 2025-03-04 reported"},
	},
	{
		name: "id a day before the occasion named by its verb's root",
		lang: "id", published: pub,
		text: "Phnom Penh (ANTARA) - Kepolisian Kamboja menyerahkan 37 WNI korban perdagangan orang kepada KBRI di Phnom Penh pada Kamis (6/3).\n\nSehari sebelum serah terima, Dubes Bambang bertemu Wakil Kepala Kepolisian Nasional Kamboja Jenderal Sar Vuthy di Phnom Penh.",
		want: []string{"CONSULT IDN->KHM 2025-03-05 reported", "COOPERATE IDN<->KHM 2025-03-06 reported"},
	},
	{
		name: "id on the sidelines of a forum the lead dates",
		lang: "id", published: pub,
		text: "SUVA (ANTARA) - Wakil Menteri Luar Negeri RI Dimas Prakoso memimpin delegasi Indonesia dalam Forum Kepulauan Pasifik di Suva, Fiji, Kamis (6/3).\n\nForum itu dihadiri menteri dari delapan belas negara anggota dan mitra wicara.\n\nDi sela forum, Dimas bertemu Menteri Luar Negeri Tonga Sione Vaipulu.\n\nKeesokan harinya, Jumat (7/3), Dimas bertemu Perdana Menteri Fiji Josefa Nailatikau.",
		want: []string{"CONSULT IDN->TON 2025-03-06 reported", "CONSULT IDN->FJI 2025-03-07 reported"},
	},
	{
		name: "en on the sidelines of a forum the lead dates",
		lang: "en", published: pub,
		text: "SUVA - Japan's Foreign Minister Kenji Morita attended the Pacific Islands Forum dialogue in Suva on Thursday.\n\nThe forum drew ministers from eighteen member states and a dozen partners.\n\nOn the sidelines of the forum, Morita met Tonga's Foreign Minister Sione Vaipulu.\n\nOn Friday, Morita met Fiji's Prime Minister Josefa Nailatikau.",
		want: []string{"CONSULT JPN->TON 2025-03-06 reported", "CONSULT JPN->FJI 2025-03-07 reported"},
	},
	{
		name: "id a day before the event told long before, and what the pair then did",
		lang: "id", published: pub,
		text: "KUALA LUMPUR (ANTARA) - Menteri Luar Negeri RI Dewi Santoso bertemu Menteri Luar Negeri Malaysia Hasan Rahim di Kuala Lumpur, Kamis (6/3).\n\nCuaca di ibu kota cerah sepanjang hari. Jalan menuju gedung kementerian ditutup sejak pagi. Puluhan wartawan menunggu di lobi. Delegasi tiba dengan tiga mobil. Protokol menyiapkan ruang rapat di lantai dua. Bendera kedua negara dipasang di meja. Staf menyajikan teh tarik. Acara dibuka tepat waktu. Para pejabat berfoto di tangga gedung.\n\nSehari sebelumnya, Dewi bertemu Perdana Menteri Malaysia Razak Hamid di Putrajaya. Keduanya sepakat mempercepat perundingan batas laut.",
		want: []string{"CONSULT IDN->MYS 2025-03-06 reported", "CONSULT IDN->MYS 2025-03-05 reported", "AGREE IDN<->MYS 2025-03-05 reported"},
	},
	{
		name: "id a day counted from a day the text does not give is not the story's day",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri RI Dewi Santoso mengakhiri lawatan ke Malaysia.\n\nSehari sebelumnya, Dewi bertemu Perdana Menteri Malaysia Razak Hamid di Putrajaya.\n\nPada Kamis (6/3), Dewi dan Menteri Luar Negeri Malaysia Hasan Rahim menandatangani nota kesepahaman kerja sama maritim.",
		want: []string{"CONSULT IDN->MYS - reported", "SUPPORT IDN<->MYS 2025-03-06 reported"},
	},
	{
		name: "id a day before the day a source spoke, with no other day near",
		lang: "id", published: pub,
		text: "JAKARTA (ANTARA) - Pesawat TNI AU menjatuhkan bantuan pangan Indonesia untuk warga Palestina di Gaza, Minggu (2/3).\n\nPesawat lepas landas pagi hari. Cuaca cerah. Kru berjumlah sembilan orang. Paket berisi makanan dan obat-obatan. Bundel dijatuhkan dengan parasut. Semua kru kembali dengan selamat. Misi berikutnya sedang disiapkan. Gudang logistik terus menerima sumbangan.\n\n\"Misi berjalan lancar,\" ujar juru bicara TNI AU dalam keterangan tertulis, Senin (3/3).\n\nSehari sebelumnya, Kementerian Luar Negeri RI mengecam Israel atas penutupan perlintasan bantuan ke Gaza.",
		want: []string{"AID IDN->PSE 2025-03-02 reported", "ACCUSE IDN->ISR 2025-03-02 reported"},
	},
	{
		name: "en a rally held before an embassy is a protest at its country",
		lang: "en", published: pub,
		text: "SEOUL - About 200 members of a civic group held a rally in front of the Japanese Embassy in Seoul on Thursday, demanding an apology over wartime forced labour.\n\nOthers gathered outside the Chinese Embassy later in the day with placards.\n\nSupporters of the opposition gathered outside the National Assembly on Thursday to hear the vote.",
		want: []string{"PROTEST KOR->JPN 2025-03-06 reported", "PROTEST KOR->CHN 2025-03-06 reported"},
	},
	{
		name: "en an exercise named by its kind after held or began",
		lang: "en", published: pub,
		text: "MANILA - The Indian Navy and the Philippine Navy held a maritime partnership exercise off Bataan on Wednesday.\n\nSeparately, Japan and Vietnam began their first bilateral search and rescue exercise near Da Nang on Thursday.",
		want: []string{"COOPERATE IND<->PHL 2025-03-05 reported", "COOPERATE JPN<->VNM 2025-03-06 reported"},
	},
	{
		name: "id the pair of countries a body's name ends with is no party",
		lang: "id", published: pub,
		text: "ATAMBUA (ANTARA) - Satgas Pamtas RI-RDTL Sektor Barat menggelar patroli terkoordinasi dengan Kepolisian Nasional Timor Leste di sepanjang Sungai Malibaka, Kamis (6/3).",
		want: []string{"COOPERATE IDN<->TLS 2025-03-06 reported"},
	},
	{
		name: "id the pair of countries after a body's bracketed abbreviation is no party",
		lang: "id", published: pub,
		text: "ATAMBUA (ANTARA) - Satuan Tugas Pengamanan Perbatasan (Satgas Pamtas) RI-RDTL Sektor Barat menggelar patroli terkoordinasi dengan Unit Patroli Perbatasan Kepolisian Nasional Timor Leste di sepanjang Sungai Malibaka, Kamis (6/3).",
		want: []string{"COOPERATE IDN<->TLS 2025-03-06 reported"},
	},
	{
		name: "en visiting a place after a planned call is planned and visits no one named",
		lang: "en", published: pub,
		text: "TOKYO - Polish Defence Minister Tomasz Wrona held talks with Japanese Defence Minister Kenji Morisawa in Tokyo on Thursday. Wrona is scheduled to pay a courtesy call on Prime Minister Haruto Ishida on Saturday before visiting a Maritime Self-Defense Force base in Yokosuka.",
		want: []string{"CONSULT POL->JPN 2025-03-06 reported", "CONSULT POL->JPN 2025-03-08 planned"},
	},
	{
		name: "id people handed over are no aid, whatever their story names",
		lang: "id", published: pub,
		text: "ENTIKONG (ANTARA) - Polis Diraja Malaysia menyerahkan Darmawan Sutarjo, terpidana kasus korupsi pengadaan alat kesehatan, kepada Divhubinter Polri di PLBN Entikong, Kamis (6/3).",
		want: []string{"COOPERATE IDN<->MYS 2025-03-06 reported"},
	},
	{
		name: "en nationals handed over; a recipient of what is given is no one handed over",
		lang: "en", published: pub,
		text: "MAE SOT - Myanmar authorities handed over 118 Thai nationals to Thai police at the Friendship Bridge on Thursday.\n\nJAKARTA - Japan on Thursday gave Indonesian students 40 scholarships to study in Tokyo.",
		want: []string{"COOPERATE MMR<->THA 2025-03-06 reported", "AID JPN->IDN 2025-03-06 reported"},
	},
	{
		name: "id a handover last month-named is background",
		lang: "id", published: "2025-10-30",
		text: "TARAKAN - TNI AL dan Angkatan Laut Filipina menggelar patroli terkoordinasi di Laut Sulawesi, Senin (27/10).\n\nSebelumnya, pada Agustus lalu, TNI AL juga menyerahkan dua nelayan Filipina yang diselamatkan di perairan Nunukan kepada otoritas Filipina.",
		want: []string{"COOPERATE IDN<->PHL 2025-10-27 reported", "COOPERATE IDN<->PHL - reported"},
	},
	{
		name: "id aid from one for another goes to the other, whoever it was handed to",
		lang: "id", published: pub,
		text: "JAKARTA - Sebanyak 20 ton bantuan kemanusiaan dari Pemerintah Indonesia untuk warga Gaza, Palestina, diserahkan kepada Bulan Sabit Merah Mesir di El Arish, Kamis (6/3).\n\nRatusan truk bantuan tertahan di sisi Mesir karena pemeriksaan berlapis.",
		want: []string{"AID IDN->PSE 2025-03-06 reported"},
	},
	{
		name: "id aid a headline says is for someone is theirs",
		lang: "id", published: pub,
		text: "Bantuan RI untuk Gaza Diserahkan kepada Mesir",
		want: []string{"AID IDN->PSE - reported"},
	},
	{
		name: "id what a paragraph tells after a span's last day goes on from it",
		lang: "id", published: pub,
		text: "BATAM (ANTARA) - Bakamla dan Japan Coast Guard (JCG) menggelar latihan bersama di perairan Batam pada 3-5 Maret 2025.\n\nPada hari terakhir latihan, Wakil Komandan JCG Takeshi Morita bertemu Kepala Bakamla Herman Saputro di Batam.\n\nJCG sekaligus menyerahkan hibah peralatan berupa dua perahu karet kepada Bakamla.",
		want: []string{"COOPERATE IDN<->JPN 2025-03-03/2025-03-05 reported", "CONSULT JPN->IDN 2025-03-05 reported", "AID JPN->IDN 2025-03-05 reported"},
	},
	{
		name: "id trucks stuck at a border are detained by no one",
		lang: "id", published: pub,
		text: "JAKARTA - Wakil Menteri Luar Negeri RI Arief Hadinoto kemarin mengecam Israel yang membatasi masuknya truk bantuan ke Gaza. Menurut dia, ratusan truk bantuan tertahan berhari-hari di sisi Mesir karena pemeriksaan berlapis oleh otoritas Israel.",
		want: []string{"ACCUSE IDN->ISR 2025-03-06 reported"},
	},
	{
		name: "en boats brought to port after an arrest are no aid",
		lang: "en", published: pub,
		text: "NATUNA - Indonesian authorities detained two Vietnamese fishing boats in the North Natuna Sea on Wednesday. The two Vietnamese boats and their crew were brought to the fisheries base in Ranai on Thursday.",
		want: []string{"COERCE IDN->VNM 2025-03-05 reported"},
	},
	{
		name: "en each envoy the next sentence lists presented credentials to the King",
		lang: "en", published: pub,
		text: "KUALA LUMPUR: Three new heads of mission on Thursday presented their letters of credence to His Majesty the Yang di-Pertuan Agong at Istana Negara. They were Thai Ambassador Somchai Rattanakul, Lao Ambassador Bounmy Sisouk and Philippine Ambassador Teresa Villanueva.",
		want: []string{"CONSULT THA->MYS 2025-03-06 reported", "CONSULT LAO->MYS 2025-03-06 reported", "CONSULT PHL->MYS 2025-03-06 reported"},
	},
	{
		name: "en envoys listed before the verb each present credentials, to the dateline's country when the host is unplaced",
		lang: "en", published: pub,
		text: "JAKARTA - Thai Ambassador Somchai Rattanakul, Lao Ambassador Bounmy Sisouk and Philippine Ambassador Teresa Villanueva presented their credentials to President Bima Santosa at the Merdeka Palace on Thursday.",
		want: []string{"CONSULT THA->IDN 2025-03-06 reported", "CONSULT LAO->IDN 2025-03-06 reported", "CONSULT PHL->IDN 2025-03-06 reported"},
	},
	{
		name: "id mereka adalah lists the envoys whose credentials were received",
		lang: "id", published: pub,
		text: "JAKARTA - Presiden Bima Santosa menerima surat kepercayaan dari tiga duta besar negara sahabat di Istana Merdeka, Kamis (6/3). Mereka adalah Dubes Thailand Somchai Rattanakul, Dubes Laos Bounmy Sisouk, dan Dubes Filipina Teresa Villanueva.",
		want: []string{"CONSULT THA->IDN 2025-03-06 reported", "CONSULT LAO->IDN 2025-03-06 reported", "CONSULT PHL->IDN 2025-03-06 reported"},
	},
	{
		name: "en on the eve of the story's talks, two visitors of a third",
		lang: "en", published: pub,
		text: "All News 10:47 March 07, 2025\n\nSEOUL, March 7 (Yonhap) -- South Korea and Pacific island states agreed Thursday to expand fisheries cooperation, the foreign ministry said.\n\nOn the eve of the ministerial talks, Foreign Minister Ahn Min-jun held separate meetings with Fijian Foreign Minister Ratu Naivalu and Tongan Foreign Minister Sione Fifita, both of whom were on their first official visits to South Korea.",
		want: []string{"CONSULT FJI->KOR 2025-03-05 reported", "CONSULT TON->KOR 2025-03-05 reported"},
	},
	{
		name: "en what came two days after is counted back from the story's day",
		lang: "en", published: pub,
		text: "HANOI - Vietnamese and Lao border guards launched a joint patrol on Sebang Hieng river yesterday.\n\nThe launch came two days after Vietnamese Defence Minister Tran Van Minh met Lao Defence Minister Khamla Vongsa in Vientiane.",
		want: []string{"COOPERATE LAO<->VNM 2025-03-06 reported", "CONSULT VNM->LAO 2025-03-04 reported"},
	},
	{
		name: "en a day given in the subject counts; a day the clause names wins",
		lang: "en", published: pub,
		text: "HANOI - The ceremony on Thursday came a day after Vietnamese Defence Minister Tran Van Minh met Lao Defence Minister Khamla Vongsa in Vientiane.\n\nThe ceremony came two days after Thai Foreign Minister Somchai Rattanakul met Cambodian Foreign Minister Sok Chenda in Phnom Penh on Tuesday.",
		want: []string{"CONSULT VNM->LAO 2025-03-05 reported", "CONSULT THA->KHM 2025-03-04 reported"},
	},
	{
		name: "id berlangsung dua hari setelah",
		lang: "id", published: pub,
		text: "HANOI - Patroli bersama Vietnam dan Laos diluncurkan kemarin.\n\nPeluncuran itu berlangsung dua hari setelah Menteri Pertahanan Vietnam Tran Van Minh bertemu Menteri Pertahanan Laos Khamla Vongsa di Vientiane.",
		want: []string{"CONSULT VNM->LAO 2025-03-04 reported"},
	},
	{
		name: "en in the note: the day the note was handed over, not the day told just before",
		lang: "en", published: pub,
		text: "MANILA - The note was handed to the Chinese Embassy on Tuesday, two days after Chinese coast guard ships blocked a supply boat on Sunday.\n\nThe ministry spokesperson spoke to reporters on Thursday. In the note, Manila asked Beijing to stop such actions.",
		want: []string{"REQUEST PHL->CHN 2025-03-04 reported"},
	},
	{
		name: "id dalam nota tersebut",
		lang: "id", published: pub,
		text: "JAKARTA - Kemlu menyerahkan nota itu kepada Kedutaan Besar Vietnam pada Senin (3/3).\n\nJuru bicara Kemlu memberikan keterangan kepada wartawan, Kamis (6/3). Dalam nota tersebut, Indonesia meminta Vietnam menyelidiki insiden itu.",
		want: []string{"REQUEST IDN->VNM 2025-03-03 reported"},
	},
	{
		name: "id mereka of a passive are the ones received, not both sides",
		lang: "id", published: pub,
		text: "KUPANG - Menteri Luar Negeri Australia John Carter bertemu Menteri Luar Negeri Indonesia Sari Wulandari di Jakarta, Kamis (6/3).\n\nPara nelayan itu dipulangkan dengan pesawat komersial. Mereka diterima Kepala Dinas Kelautan NTT, Yosef Bria, di bandara.",
		want: []string{"CONSULT AUS->IDN 2025-03-06 reported"},
	},
	{
		name: "en hours before the signing: the signing's day, not the one the sentence before gives nor the arrival's",
		lang: "en", published: pub,
		text: "ANKARA - The contract was signed in Ankara on Monday by Indonesian Deputy Defence Minister Haryo Santoso and Turkish Deputy Defence Minister Emre Kaya, who arrived in Ankara from Istanbul on Sunday.\n\nHaryo's working visit ends on Tuesday. Hours before the signing, Haryo held talks with Turkish Defence Minister Selim Karaca.",
		want: []string{"SUPPORT IDN<->TUR 2025-03-03 reported", "CONSULT IDN->TUR 2025-03-03 reported"},
	},
	{
		name: "id kedua pihak menarik mundur: each side withdraws",
		lang: "id", published: pub,
		text: "BANGKOK - Menteri Pertahanan Thailand Somchai Rattanakul bertemu Menteri Pertahanan Kamboja Tea Vanna di Bangkok, Senin (3/3).\n\nKedua pihak mulai menarik mundur artileri dari garis depan, Kamis (6/3).",
		want: []string{"CONSULT KHM->THA 2025-03-03 reported", "RETREAT KHM->THA 2025-03-06 reported", "RETREAT THA->KHM 2025-03-06 reported"},
	},
	{
		name: "en both sides began withdrawing troops; water releases are no release",
		lang: "en", published: pub,
		text: "BANGKOK - Thai Defence Minister Somchai Rattanakul met Cambodian Defence Minister Tea Vanna in Bangkok on Monday.\n\nBoth sides began withdrawing troops from the front line on Thursday. The ministers also agreed on Thursday to coordinate water releases from the reservoir.",
		want: []string{"CONSULT KHM->THA 2025-03-03 reported", "RETREAT KHM->THA 2025-03-06 reported", "RETREAT THA->KHM 2025-03-06 reported", "AGREE KHM<->THA 2025-03-06 reported"},
	},
	{
		name: "en asset freezes and travel bans imposed are sanctions",
		lang: "en", published: pub,
		text: "LONDON - Britain on Tuesday imposed asset freezes and travel bans on two Myanmar generals.",
		want: []string{"SANCTION GBR->MMR 2025-03-04 reported"},
	},
	{
		name: "en troops rushed to a border are mobilised against the border's country",
		lang: "en", published: pub,
		text: "LONDON - Britain on Tuesday imposed asset freezes and travel bans on two Myanmar generals.\n\nSeparately, Thailand rushed troops to the Cambodian border on Thursday. Indonesia deployed warships to the border with Malaysia on Thursday.",
		want: []string{"SANCTION GBR->MMR 2025-03-04 reported", "MOBILIZE THA->KHM 2025-03-06 reported", "MOBILIZE IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "id pasukan dikerahkan ke perbatasan suatu negara menghadapi negara itu",
		lang: "id", published: pub,
		text: "JAKARTA - Menteri Luar Negeri Inggris Tom Carter mengumumkan sanksi baru terhadap Rusia, Selasa (4/3).\n\nSementara itu, Thailand mengerahkan pasukan ke perbatasan Kamboja, Kamis (6/3).",
		want: []string{"SANCTION GBR->RUS 2025-03-04 reported", "MOBILIZE THA->KHM 2025-03-06 reported"},
	},
	{
		name: "en declining an offer or mediation rejects its maker",
		lang: "en", published: pub,
		text: "BANGKOK - Thailand on Thursday declined the offer of mediation from Malaysia. Cambodia declined an invitation from Vietnam on Thursday.",
		want: []string{"REJECT THA->MYS 2025-03-06 reported", "REJECT KHM->VNM 2025-03-06 reported"},
	},
	{
		name: "en what the news came after takes the earlier day the next sentence names",
		lang: "en", published: pub,
		text: "MANILA - The Philippines summoned a Chinese diplomat on Monday after a Chinese coast guard ship blasted a Philippine supply boat with a water cannon.\n\nThe boat, the chartered Rosa May 5, was hit on Sunday morning, the coast guard said.",
		want: []string{"ACCUSE PHL->CHN 2025-03-03 reported", "ASSAULT CHN->PHL 2025-03-02 reported"},
	},
	{
		name: "id juru bicaranya is a spokesperson, not talks",
		lang: "id", published: pub,
		text: "WASHINGTON - Departemen Luar Negeri Amerika Serikat, melalui juru bicaranya Daniel Pruitt, pada Kamis (6/3) menegaskan AS mendukung Filipina.",
		want: []string{"SUPPORT USA->PHL 2025-03-06 reported"},
	},
	{
		name: "id what the lead says was said at the press event the next sentence's speaker opens with",
		lang: "id", published: "2025-03-08",
		text: "JAKARTA - Pemerintah Cina kembali menolak putusan arbitrase yang memenangkan Filipina.\n\nJuru bicara Kementerian Luar Negeri Cina Guo Ming dalam konferensi pers di Beijing pada Jumat (7/3) menyebut putusan itu ilegal.\n\nDalam pernyataan tertulis pada Kamis (6/3), Menteri Luar Negeri Filipina Ramon Cruz mendesak Cina mematuhi putusan itu.",
		want: []string{"REJECT CHN->PHL 2025-03-07 reported", "REQUEST PHL->CHN 2025-03-06 reported"},
	},
	{
		name: "id permintaan maaf is an apology, not a request; a demo before an embassy protests",
		lang: "id", published: pub,
		text: "JAKARTA - Menteri Luar Negeri RI Dimas Haryanto menyampaikan permintaan maaf kepada pemerintah Malaysia, Kamis (6/3).\n\nRatusan orang menggelar demo di depan Kedubes Malaysia di Jakarta, Senin (3/3).\n\nKedua pihak sepakat memperluas area demonstrasi padi hibrida.",
		want: []string{"CONCEDE IDN->MYS 2025-03-06 reported", "PROTEST IDN->MYS 2025-03-03 reported", "AGREE IDN<->MYS 2025-03-03 reported"},
	},
	{
		name: "en an apology extended concedes",
		lang: "en", published: pub,
		text: "KUALA LUMPUR - Indonesian Foreign Minister Dimas Haryanto extended an apology to Malaysia on Thursday.",
		want: []string{"CONCEDE IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "id a claim denied in the passive answers the other side",
		lang: "id", published: pub,
		text: "JAKARTA - Polri meminta Kamboja menangkap buronan itu, Senin (3/3). Tudingan itu dibantah Kepolisian Nasional Kamboja pada Rabu (5/3).",
		want: []string{"REQUEST IDN->KHM 2025-03-03 reported", "REJECT KHM->IDN 2025-03-05 reported"},
	},
	{
		name: "en two days before a clause: counted from the day of the act it tells, told before",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesian maritime security chief Arie Sulistyo held talks with Vietnam Coast Guard commander Do Quang Huy in Hanoi on Tuesday, during a visit on March 4-5.\n\nThe two officials signed a memorandum on Wednesday. Two days before Sulistyo arrived in Hanoi, Indonesia detained two Vietnamese fishing boats.",
		want: []string{"CONSULT IDN->VNM 2025-03-04 reported", "SUPPORT IDN<->VNM 2025-03-05 reported", "COERCE IDN->VNM 2025-03-02 reported"},
	},
	{
		name: "en an attack named as a thing is by the one after 'by', or the adjective before it",
		lang: "en", published: pub,
		text: "HANOI - Vietnam on Thursday sent a diplomatic note to China protesting an attack by Chinese law enforcement forces on a Vietnamese fishing boat on Sunday.",
		want: []string{"ACCUSE VNM->CHN 2025-03-06 reported", "ASSAULT CHN->VNM 2025-03-02 reported"},
	},
	{
		name: "en a headline's attack is the adjective's",
		lang: "en", published: pub,
		text: "Vietnam protests Chinese attack on Quang Ngai fishermen",
		want: []string{"ACCUSE VNM->CHN - reported", "ASSAULT CHN->VNM - reported"},
	},
	{
		name: "en an act told as a note takes the day the note was handed over; the page's time stamp is no day",
		lang: "en", published: pub,
		text: "By Ngoc Anh   March 7, 2025 | 06:31 am GMT+7\n\nVietnam has sent a diplomatic note to China protesting the seizure of a fishing boat.\n\n\"Vietnam resolutely protests,\" spokeswoman Nguyen Lan said at a regular press briefing in Hanoi on Thursday.\n\nShe said officials had met a representative of the Chinese embassy the previous day to hand over the note.",
		want: []string{"ACCUSE VNM->CHN 2025-03-05 reported", "CONSULT VNM->CHN 2025-03-05 reported"},
	},
	{
		name: "en a visit of counted days ended yesterday began two days before it; a meeting on a day inside it stays its own",
		lang: "en", published: pub,
		text: "PHNOM PENH - Cambodian Senate President Kong Sareth yesterday concluded a three-day official visit to Laos.\n\nOn Wednesday, he held talks with Lao National Assembly President Saysomphone Phomvihane in Vientiane.",
		want: []string{"CONSULT KHM->LAO 2025-03-04/2025-03-06 reported", "CONSULT KHM->LAO 2025-03-05 reported"},
	},
	{
		name: "en speaking at the ceremony: the ceremony's day, told before",
		lang: "en", published: pub,
		text: "PHNOM PENH - Japanese Ambassador Masahiro Kuwabara handed over 30 demining machines to Cambodia at a ceremony on Monday.\n\nCambodian Prime Minister Hun Manet received Kuwabara on Thursday.\n\nSpeaking at the ceremony, Cambodian demining chief Oum Sophearith thanked Japan.",
		want: []string{"AID JPN->KHM 2025-03-03 reported", "CONSULT JPN->KHM 2025-03-06 reported", "SUPPORT KHM->JPN 2025-03-03 reported"},
	},
	{
		name: "id pada upacara itu: the ceremony's day",
		lang: "id", published: pub,
		text: "PHNOM PENH - Duta Besar Jepang Masahiro Kuwabara menyerahkan 30 mesin pembersih ranjau kepada Kamboja dalam upacara pada Senin (3/3).\n\nPerdana Menteri Kamboja Hun Manet menerima Kuwabara pada Kamis (6/3).\n\nPada upacara itu, Menteri Kamboja Oum Sophearith berterima kasih kepada Jepang.",
		want: []string{"AID JPN->KHM 2025-03-03 reported", "CONSULT JPN->KHM 2025-03-06 reported", "SUPPORT KHM->JPN 2025-03-03 reported"},
	},
	{
		name: "id mereka after a sentence that opens with the people held are those people, not both sides",
		lang: "id", published: pub,
		text: "BATAM - Menteri Luar Negeri RI Sari Wulan bertemu Menteri Luar Negeri Malaysia Azlan Hamid di Kuala Lumpur, Senin (3/3).\n\nBATAM (BP) - Enam nelayan asal Batam akhirnya pulang. Mereka tiba di Pelabuhan Sekupang, Kamis (6/3) malam.",
		want: []string{"CONSULT IDN->MYS 2025-03-03 reported"},
	},
	{
		name: "en a note that asks is its sender's, to its addressee",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia sent a diplomatic note to Malaysia on Tuesday over the arrest of six fishermen. The note asked for the release of the fishermen.",
		want: []string{"REQUEST IDN->MYS 2025-03-04 reported"},
	},
	{
		name: "id nota tersebut meminta: the note's sender asks its addressee",
		lang: "id", published: pub,
		text: "JAKARTA - Kemlu menyampaikan nota protes kepada Kedutaan Besar Vietnam, Rabu (5/3). Nota tersebut meminta Vietnam menyelidiki insiden itu.",
		want: []string{"ACCUSE IDN->VNM 2025-03-05 reported", "REQUEST IDN->VNM 2025-03-05 reported"},
	},
	{
		name: "en an occasion set off by commas before the verb dates it",
		lang: "en", published: pub,
		text: "TAWAU - Malaysian and Indonesian troops launched a joint patrol at a ceremony on Sebatik Island yesterday.\n\nOn Tuesday, Indonesian Major General Rudy Hartanto met Malaysian Major General Azlan Shah in Tawau. At the meeting, both sides agreed to set up a hotline.\n\nRudy, in his speech at the ceremony, thanked the Malaysian side for hosting the meeting.",
		want: []string{"COOPERATE IDN<->MYS 2025-03-06 reported", "CONSULT IDN->MYS 2025-03-04 reported", "AGREE IDN<->MYS 2025-03-04 reported", "SUPPORT IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "en review: water cannons given are no attack; blame for an attack with one stays blame",
		lang: "en", published: pub,
		text: "MANILA - Japan on Monday equipped a Philippine coast guard ship with water cannons under a security aid deal.\n\nThe Philippines on Thursday blasted China for hitting a Philippine supply boat with a water cannon.",
		want: []string{"ACCUSE PHL->CHN 2025-03-06 reported", "ASSAULT CHN->PHL 2025-03-06 reported"},
	},
	{
		name: "en review: a third party's condemnation of an attack by A names no victim of its own",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia on Thursday condemned the attack by Israeli forces on a United Nations school in Gaza.",
		want: []string{"ACCUSE IDN->ISR 2025-03-06 reported"},
	},
	{
		name: "en review: both sides releasing a third country's people free them for that country only",
		lang: "en", published: pub,
		text: "BANGKOK - Thai Prime Minister Somchai Rattanakul met Cambodian Prime Minister Hun Manet in Bangkok on Monday. Both sides released Lao prisoners on Thursday.",
		want: []string{"CONSULT KHM->THA 2025-03-03 reported", "RETREAT KHM->LAO 2025-03-06 reported", "RETREAT THA->LAO 2025-03-06 reported"},
	},
	{
		name: "en review: 'At the border,' is a place, not an occasion",
		lang: "en", published: pub,
		text: "BANGKOK - Thai and Cambodian commanders held talks at the border on Monday.\n\nOn Wednesday, Thai troops fired on Cambodian soldiers near Preah Vihear. At the border, Cambodian troops returned fire on Thai forces.",
		want: []string{"CONSULT KHM->THA 2025-03-03 reported", "ASSAULT THA->KHM 2025-03-05 reported", "ASSAULT KHM->THA 2025-03-05 reported"},
	},
	{
		name: "id review: sejam sebelum penandatanganan is the signing's day",
		lang: "id", published: pub,
		text: "KUALA LUMPUR - Menlu RI Sugiono tiba di Kuala Lumpur, Kamis (6/3). Kedua menteri menandatangani nota kesepahaman pada Jumat (7/3).\n\nSejam sebelum penandatanganan, Menlu Sugiono bertemu Perdana Menteri Malaysia Anwar Ibrahim.",
		want: []string{"CONSULT IDN->MYS 2025-03-06 reported", "SUPPORT IDN<->MYS 2025-03-07 reported", "CONSULT IDN->MYS 2025-03-07 reported"},
	},
	{
		name: "en review: two days before a clause counts from that party's act, not another pair's",
		lang: "en", published: pub,
		text: "HANOI - Thai Prime Minister Somchai Rattanakul met Cambodian Prime Minister Hun Manet on Monday.\n\nVietnamese Foreign Minister Bui Thanh Son met Lao Foreign Minister Thongsavanh Phomvihane in Vientiane on Thursday.\n\nTwo days before Bui Thanh Son met Thongsavanh, Vietnam detained two Lao fishing boats.",
		want: []string{"CONSULT THA->KHM 2025-03-03 reported", "CONSULT VNM->LAO 2025-03-06 reported", "COERCE VNM->LAO 2025-03-04 reported"},
	},
	{
		name: "en review: what came after the launch counts from the launch's day",
		lang: "en", published: pub,
		text: "HANOI - Vietnamese Defence Minister Tran Van Minh met Cambodian Defence Minister Tea Seiha on Monday.\n\nVietnamese and Lao border guards launched a joint patrol on Thursday.\n\nThe launch came two days after Vietnamese Deputy Defence Minister Hoang Xuan Chien met Lao Deputy Defence Minister Khamla Vongsa in Vientiane.",
		want: []string{"CONSULT VNM->KHM 2025-03-03 reported", "COOPERATE LAO<->VNM 2025-03-06 reported", "CONSULT VNM->LAO 2025-03-04 reported"},
	},
	{
		name: "en review: a letter's later mention dates it only when it is handed over",
		lang: "en", published: pub,
		text: "JAKARTA - In a letter, Indonesia asked Malaysia to release six fishermen.\n\nThe letter followed the arrest of the fishermen by Malaysian police on Monday.",
		want: []string{"REQUEST IDN->MYS - reported"},
	},
	{
		name: "id review: a product demo is no protest",
		lang: "id", published: pub,
		text: "TOKYO - Menlu RI Sugiono menyaksikan demo teknologi pertanian Jepang di Tokyo, Senin (3/3).",
		want: nil,
	},
	{
		name: "en an attack by A on B protested names both",
		lang: "en", published: pub,
		text: "HANOI - Vietnam on Thursday protested an attack by Chinese forces on Vietnamese fishermen near the Paracel Islands on Sunday.",
		want: []string{"ACCUSE VNM->CHN 2025-03-06 reported", "ASSAULT CHN->VNM 2025-03-02 reported"},
	},
	{
		name: "en what came a day before the subject is counted forward",
		lang: "en", published: pub,
		text: "HANOI - The ceremony on Tuesday came a day before Vietnamese Defence Minister Tran Van Minh met Lao Defence Minister Khamla Vongsa in Vientiane.",
		want: []string{"CONSULT VNM->LAO 2025-03-05 reported"},
	},
	{
		name: "id a verb joined by dan to one asked for is asked for too",
		lang: "id", published: pub,
		text: "Jakarta (ANTARA) - Polri melalui Divisi Hubungan Internasional meminta Kepolisian Nasional Kamboja menangkap dan menyerahkan BS, buronan kasus judi daring dan pencucian uang senilai Rp2,1 triliun yang diduga bersembunyi di Phnom Penh, Selasa (4/3).",
		want: []string{"REQUEST IDN->KHM 2025-03-04 reported", "AID IDN->KHM 2025-03-04 hypothetical"},
	},
	{
		name: "en a verb joined by and to one asked for is asked for too",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesian police on Tuesday asked Cambodian police to arrest and hand over a fugitive gambling boss.",
		want: []string{"REQUEST IDN->KHM 2025-03-04 reported"},
	},
	{
		name: "en attacks in general are no attack by anyone",
		lang: "en", published: pub,
		text: "MANILA - The US ambassador said on Monday that the treaty extends to armed attacks on Philippine coast guard vessels.\n\nRussian forces launched attacks on Ukrainian ports on Sunday.",
		want: []string{"ASSAULT RUS->UKR 2025-03-02 reported"},
	},
	{
		name: "en people released with no agent named were released by the state that held them",
		lang: "en", published: pub,
		text: "DARWIN - Four Indonesian fishermen were freed from immigration detention in Darwin on Thursday. Indonesia was also freed from paying the detention costs.",
		want: []string{"RETREAT AUS->IDN 2025-03-06 reported"},
	},
	{
		name: "id nelayan dibebaskan tanpa agen, by the state where it happened",
		lang: "id", published: pub,
		text: "KUALA LUMPUR - Enam nelayan Indonesia dibebaskan tanpa dakwaan dari depot imigresen di Kuala Lumpur, Kamis (6/3).",
		want: []string{"RETREAT MYS->IDN 2025-03-06 reported"},
	},
	{
		name: "en a person handed over in the passive: the two states cooperate; goods so handed over are aid",
		lang: "en", published: pub,
		text: "MANILA - The fugitive was handed over to Philippine agents by Indonesian police on Thursday.\n\nSeparately, the relief goods were handed over to Vietnamese officials by the Japanese embassy on Thursday.",
		want: []string{"COOPERATE IDN<->PHL 2025-03-06 reported", "AID JPN->VNM 2025-03-06 reported"},
	},
	{
		name: "id buronan itu diserahkan: a passive handover of a person",
		lang: "id", published: pub,
		text: "ENTIKONG - Buronan itu diserahkan Polis Diraja Malaysia kepada Polda Kalimantan Barat di PLBN Entikong, Kamis (6/3).",
		want: []string{"COOPERATE IDN<->MYS 2025-03-06 reported"},
	},
	{
		name: "en people transferred are handed over",
		lang: "en", published: pub,
		text: "MYAWADDY - Myanmar authorities transferred 57 Chinese suspects to Chinese police at the airport on Thursday.",
		want: []string{"COOPERATE CHN<->MMR 2025-03-06 reported"},
	},
	{
		name: "id melakukan serah terima WNI",
		lang: "id", published: pub,
		text: "PHNOM PENH - Kepolisian Kamboja melakukan serah terima 37 WNI kepada KBRI Phnom Penh, Kamis (6/3).",
		want: []string{"COOPERATE IDN<->KHM 2025-03-06 reported"},
	},
	{
		name: "id aid that arrives visits no one; a minister who arrives with aid does",
		lang: "id", published: pub,
		text: "DILI - Kapal bantuan Indonesia untuk Timor-Leste tiba di Dili, Kamis (6/3).\n\nSehari kemudian, Menteri Sosial RI Dewi Santoso tiba di Dili untuk meninjau penyaluran bantuan.",
		want: []string{"AID IDN->TLS 2025-03-06 reported", "CONSULT IDN->TLS 2025-03-07 reported"},
	},
	{
		name: "en deports, deporting: every form of deport",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia deports 14 Chinese miners over an illegal gold mine, the immigration office said on Thursday. Malaysia is also deporting two Vietnamese fishermen.",
		want: []string{"COERCE IDN->CHN 2025-03-06 reported", "COERCE MYS->VNM 2025-03-06 reported"},
	},
	{
		name: "en a headline's present tense: detains, arrests, seizes, releases, hands over, sends",
		lang: "en", published: pub,
		text: "Indonesia detains five Vietnamese fishing boats\n\nMalaysia releases 12 Indonesian fishermen\n\nChina seizes Philippine fishing boat\n\nAustralia hands over patrol boats to Timor-Leste\n\nJapan sends aid to Myanmar",
		want: []string{"COERCE IDN->VNM - reported", "RETREAT MYS->IDN - reported", "COERCE CHN->PHL - reported", "AID AUS->TLS - reported", "AID JPN->MMR - reported"},
	},
	{
		name: "id people held with no nationality said are the story's other side; catching fish arrests no one",
		lang: "id", published: pub,
		text: "KUPANG - Tujuh nelayan asal Rote Ndao ditangkap otoritas Australia di dekat Pulau Pasir. Konsulat RI di Darwin meminta akses kekonsuleran.\n\nKetujuh nelayan itu ditangkap kapal patroli Australian Border Force pada Selasa (4/3) sore.\n\nJuru bicara KKP Wahyu Pranoto mengatakan nelayan tradisional Indonesia memang diizinkan menangkap ikan di wilayah MoU Box berdasarkan nota kesepahaman RI-Australia.",
		want: []string{"COERCE AUS->IDN 2025-03-04 reported", "REQUEST IDN->AUS 2025-03-04 reported"},
	},
	{
		name: "en people arrested with no nationality said are the story's other side, not suspects of a joint operation",
		lang: "en", published: pub,
		text: "KUPANG - Seven fishermen from Rote were detained by Australian authorities near Ashmore Reef. The Indonesian consulate in Darwin requested consular access.\n\nAustralian Border Force officers arrested the seven fishermen on Tuesday afternoon.\n\nIn a separate case, police from both countries arrested nine suspects in a joint operation on Monday.",
		want: []string{"COERCE AUS->IDN 2025-03-04 reported", "REQUEST IDN->AUS 2025-03-04 reported"},
	},
	{
		name: "id withholding workers' passports holds no one",
		lang: "id", published: pub,
		text: "KUALA LUMPUR - Indonesia dan Malaysia menandatangani nota kesepahaman perlindungan pekerja migran, Kamis (6/3).\n\n\"Kami meminta Pemerintah Malaysia menindak tegas majikan maupun agensi yang masih menahan paspor pekerja,\" kata Menlu RI Andriani Puspita.",
		want: []string{"SUPPORT IDN<->MYS 2025-03-06 reported", "REQUEST IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "en a round of talks after a light verb; a welcome ceremony hosted for a visitor",
		lang: "en", published: pub,
		text: "NEW DELHI - India and Bangladesh held the seventh round of foreign office consultations in Dhaka on Thursday.\n\nHANOI - Vietnamese Prime Minister Pham Duc Long hosted a welcome ceremony for his Singaporean counterpart on Wednesday.",
		want: []string{"CONSULT IND->BGD 2025-03-06 reported", "CONSULT SGP->VNM 2025-03-05 reported"},
	},
	{
		name: "en a body before an irregular past verb is its subject, no modifier",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia and the EU held the 19th round of negotiations on the trade agreement on Thursday.",
		want: []string{"CONSULT IGO->IDN 2025-03-06 reported"},
	},
	{
		name: "en not accepting an account or a claim rejects it",
		lang: "en", published: pub,
		text: "HANOI - Vietnam did not accept Indonesia's description of the incident, the spokeswoman said on Tuesday.",
		want: []string{"REJECT VNM->IDN 2025-03-04 reported"},
	},
	{
		name: "id tidak menerima tuduhan",
		lang: "id", published: pub,
		text: "JAKARTA - Indonesia tidak menerima tuduhan Vanuatu tersebut, kata juru bicara Kemlu, Selasa (4/3).",
		want: []string{"REJECT IDN->VUT 2025-03-04 reported"},
	},
	{
		name: "en machines and simulators handed over are aid; a chairmanship or a letter is not",
		lang: "en", published: pub,
		text: "PHNOM PENH - Japan handed over 30 demining machines to Cambodia on Thursday.\n\nMANILA - The Philippines handed over the ASEAN chairmanship to Malaysia on Thursday.",
		want: []string{"AID JPN->KHM 2025-03-06 reported"},
	},
	{
		name: "en what the review found: a probe into a drill, relief for victims, release from hospital or by rescuers",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia and Australia launched a probe into the fire drill on Thursday.\n\nMANILA - Relief goods for the victims were handed over to Philippine officials by the Japanese embassy on Thursday.\n\nKUALA LUMPUR - Two Indonesian fishermen were released from hospital in Kuala Lumpur on Thursday.\n\nDARWIN - Four Indonesian nationals trapped in a flooded mine were freed by rescuers in Darwin on Thursday.",
		want: []string{"AID JPN->PHL 2025-03-06 reported"},
	},
	{
		name: "id a team that brings aid arrives",
		lang: "id", published: pub,
		text: "JAKARTA - Tim medis Jepang tiba di Jakarta untuk membantu korban gempa, Kamis (6/3).",
		want: []string{"CONSULT JPN->IDN 2025-03-06 reported"},
	},
	{
		name: "id the one who contacts another to ask asks the one contacted",
		lang: "id", published: pub,
		text: "NATUNA - Kedutaan Besar Vietnam di Jakarta telah menghubungi KKP pada Kamis (6/3) untuk meminta akses kekonsuleran terhadap para ABK.",
		want: []string{"REQUEST VNM->IDN 2025-03-06 reported"},
	},
	{
		name: "en a promise of retaliation threatens; seeking clarification requests",
		lang: "en", published: pub,
		text: "SEOUL - South Korea vowed on Tuesday to respond sternly to any North Korean provocation.\n\nMANILA - The Philippines sought clarification from China on Tuesday.\n\nHANOI - Vietnam and Laos vowed on Tuesday to deepen cooperation.",
		want: []string{"THREATEN KOR->PRK 2025-03-04 reported", "REQUEST PHL->CHN 2025-03-04 reported", "AGREE LAO<->VNM 2025-03-04 reported"},
	},
	{
		name: "en a capital asked is its government",
		lang: "en", published: pub,
		text: "MANILA - Manila demanded an apology from Beijing on Tuesday.",
		want: []string{"REQUEST PHL->CHN 2025-03-04 reported"},
	},
	{
		name: "en two days after the occasion",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesian and Malaysian officials attended a ceremony at the border post on Saturday.\n\nTwo days after the ceremony, Foreign Minister Dewi Santoso met Malaysian Home Minister Saifuddin Ismail in Jakarta.",
		want: []string{"CONSULT MYS->IDN 2025-03-03 reported"},
	},
	{
		name: "id the occasion's day is not the day its news was received",
		lang: "id", published: pub,
		text: "Hanoi (ANTARA) - Duta Besar RI untuk Vietnam Lukman Saragih menyerahkan surat kepercayaan kepada Presiden Vietnam Tran Vinh di Hanoi, Senin (3/3).\n\nDalam keterangan tertulis KBRI Hanoi yang diterima di Jakarta, Rabu, disebutkan bahwa upacara berlangsung dengan khidmat.\n\nUsai upacara, Presiden Tran Vinh menerima Dubes Lukman dalam pertemuan empat mata.",
		want: []string{"CONSULT IDN->VNM 2025-03-03 reported"},
	},
	{
		name: "en the next sentence names the act again with its day",
		lang: "en", published: pub,
		text: "Jakarta (ANTARA) - Indonesia and Australia have agreed to expand trade in critical minerals, Trade Minister Bagus Hendra said.\n\nThe agreement was reached during the joint committee meeting, which Hendra co-chaired with Australian Trade Minister Dan Whitby in Jakarta on Wednesday.",
		want: []string{"AGREE AUS<->IDN 2025-03-05 reported"},
	},
	{
		name: "en the first day of a span is no day of what was done during it",
		lang: "en", published: pub,
		text: "CANBERRA - Indonesia and Australia have agreed to expand joint exercises.\n\nThe agreement was reached during Defence Minister Agus Hendra's three-day visit to Canberra, which started on Monday.\n\nAgus held talks with Australian Defence Minister Ron Marles on Tuesday.",
		want: []string{"AGREE AUS<->IDN 2025-03-04 reported", "CONSULT IDN->AUS 2025-03-03 reported", "CONSULT IDN->AUS 2025-03-04 reported", "COOPERATE AUS<->IDN - planned"},
	},
	{
		name: "id people deported with no agent named were deported by the state it happened in; arrested, it is not said by whom",
		lang: "id", published: pub,
		text: "DENPASAR - Sembilan WN Rusia itu dideportasi melalui Bandara Ngurah Rai pada Selasa (4/3). Dua WN Ukraina ditangkap di Canggu pada Senin (3/3).",
		want: []string{"COERCE IDN->RUS 2025-03-04 reported"},
	},
	{
		name: "id the last day of the span told before",
		lang: "id", published: "2025-03-07",
		text: "Batam (ANTARA) - Bakamla RI dan Japan Coast Guard menggelar latihan bersama di perairan Batam pada 3-5 Maret 2025.\n\nPada hari terakhir latihan, Wakil Komandan Japan Coast Guard Takeshi Moriyama bertemu Kepala Bakamla Laksamana Madya Herwin Saputra di Batam.",
		want: []string{"COOPERATE IDN<->JPN 2025-03-03/2025-03-05 reported", "CONSULT JPN->IDN 2025-03-05 reported"},
	},
	{
		name: "en Brussels stands for the European Union in a story of the Union",
		lang: "en", published: pub,
		text: "JAKARTA - The European Union on Monday asked Indonesia to lift its nickel ore export ban. Deputy Trade Minister Bagus Santoso on Tuesday accused Brussels of double standards.",
		want: []string{"REQUEST IGO->IDN 2025-03-03 reported", "ACCUSE IDN->IGO 2025-03-04 reported"},
	},
	{
		name: "en what an act is done amid is no party",
		lang: "en", published: pub,
		text: "Japan, Philippines defense chiefs agree to expand drills amid China tensions",
		want: []string{},
	},
	{
		name: "en a place named after a country is no party: the Niger Delta",
		lang: "en", published: pub,
		text: "LAGOS - The Nigerian Navy has accused the tanker of loading crude oil without permits, an offense linked to oil theft in the Niger Delta.",
		want: []string{},
	},
	{
		name: "id to speak at a forum is no talk with the body that holds it",
		lang: "id", published: pub,
		text: "JENEWA - Menteri Luar Negeri Vanuatu Maki Tamata berbicara dalam sesi debat umum Dewan HAM PBB di Jenewa, Selasa (4/3). Ia berbicara dengan Menteri Luar Negeri Fiji Ratu Kamikamica di sela sidang.",
		want: []string{"CONSULT VUT->FJI 2025-03-04 reported"},
	},
	{
		name: "id dibebaskan: released, in the passive",
		lang: "id", published: pub,
		text: "BATAM - Enam nelayan asal Aceh dibebaskan otoritas Malaysia tanpa dakwaan, Senin (3/3).",
		want: []string{"RETREAT MYS->IDN 2025-03-03 reported"},
	},
	{
		name: "en a clause joined by ', while' has its own subject",
		lang: "en", published: pub,
		text: "PALU - The Japanese government has delivered relief supplies to people displaced by floods in Central Sulawesi, while South Korea is still assessing the damage.",
		want: []string{"AID JPN->IDN - reported"},
	},
	{
		name: "id a body with a city of its country, then the country, signs; reached the agreement",
		lang: "id", published: pub,
		text: "Kupang (ANTARA) - Pemerintah Provinsi NTT dan Pemerintah Kota Dili, Timor-Leste menandatangani nota kesepahaman kerja sama di Kupang, Rabu.",
		want: []string{"SUPPORT IDN<->TLS 2025-03-05 reported"},
	},
	{
		name: "en leaders of border districts reached the agreement",
		lang: "en", published: pub,
		text: "ATAMBUA - Belu Regent Agus Taek and Ana Soares, the president of the Bobonaro Municipal Authority, reached the agreement on Thursday.",
		want: []string{"AGREE IDN<->TLS 2025-03-06 reported"},
	},
	{
		name: "en protesters at an embassy, in a national paper with no dateline, are the paper's country's",
		lang: "en", published: "2025-03-07", outlet: "The Fiji Times",
		text: "Protesters march on Japanese Embassy over Fukushima water release\n\nABOUT 200 people marched through Suva yesterday to the Japanese Embassy to protest against the release of treated water.\n\nJapan began releasing the water on Thursday. Vanuatu condemned the discharge on Thursday.",
		// (Vanuatu condemns Japan's discharge, the act the protest
		// accused Japan of; not Fiji.)
		want: []string{"PROTEST FJI->JPN 2025-03-06 reported", "ACCUSE FJI->JPN 2025-03-06 hypothetical", "ACCUSE VUT->JPN 2025-03-06 reported"},
	},
	{
		name: "id a third country's aid in a national paper is not the paper's country's to receive",
		lang: "id", published: pub, outlet: "kumparan",
		text: "Pemerintah Indonesia mengirimkan bantuan kemanusiaan untuk korban banjir di Timor Leste, Selasa (4/3). Pemerintah Timor Leste menyampaikan terima kasih kepada Indonesia.\n\nSelain Indonesia, Australia juga telah mengirimkan bantuan logistik pada Rabu (5/3). Jepang juga mengirimkan bantuan darurat pada Rabu (5/3).",
		want: []string{"AID IDN->TLS 2025-03-04 reported", "SUPPORT TLS->IDN 2025-03-04 reported"},
	},
	{
		name: "en what had happened before the story dates none of the story's events",
		lang: "en", published: pub,
		text: "PONTIANAK - Malaysian police on Wednesday handed over an Indonesian fugitive at the Entikong border post.\n\nSarawak police had arrested him on Feb. 20 near Kuching, the West Kalimantan police chief said.\n\nThe police chief later held talks with Malaysian police officials, and both sides agreed to set up a liaison desk.",
		want: []string{"COOPERATE IDN<->MYS 2025-03-05 reported", "COERCE MYS->IDN 2025-02-20 reported", "CONSULT MYS->IDN 2025-03-05 reported", "AGREE IDN<->MYS 2025-03-05 reported"},
	},
	{
		name: "en they put their names to the agreement: signed",
		lang: "en", published: pub,
		text: "PORT MORESBY - Australian Home Affairs Minister Dan Kerr and PNG's Internal Security Minister Ben Tiamu put their names to the PNG-Australia Policing Partnership on Tuesday.",
		want: []string{"SUPPORT AUS<->PNG 2025-03-04 reported"},
	},
	{
		name: "en calls renewed for a deal sign no deal; exempted is not released",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia on Tuesday renewed calls for a peace deal between Israel and the Palestinians.",
		want: []string{},
	},
	{
		name: "id duties, fees and fines waived are no release",
		lang: "id", published: pub,
		text: "JAKARTA - Pemerintah Indonesia membebaskan bea masuk untuk produk pertanian Malaysia mulai Senin (3/3).\n\nProduk Malaysia dibebaskan dari bea masuk oleh Pemerintah Indonesia.\n\nIndonesia juga membebaskan denda overstay bagi 20 warga Malaysia.",
		want: []string{},
	},
	{
		name: "en a previous act named in the next sentence is another act",
		lang: "en", published: pub,
		text: "JAKARTA - Indonesia and Australia have agreed to expand trade in critical minerals.\n\nThe previous agreement was reached in Canberra on Monday.",
		want: []string{"AGREE AUS<->IDN - reported"},
	},
	{
		name: "en a document renewed is signed anew",
		lang: "en", published: pub,
		text: "MEDAN - North Sumatra Governor Bobby Lubis and Penang Chief Minister Ooi Kean Huat on Wednesday renewed their sister-province agreement.",
		want: []string{"SUPPORT IDN<->MYS 2025-03-05 reported"},
	},
	{
		name: "en a call or visit by A on or to B is A's",
		lang: "en", published: pub,
		text: "DENPASAR - The deal came out of a courtesy call by Japan's new consul-general in Bali, Kenji Mori, on Governor Made Suarta at his residence on Monday.\n\nA visit by Thai Foreign Minister Anan Chai to Hanoi followed on Wednesday.",
		want: []string{"CONSULT JPN->IDN 2025-03-03 reported", "CONSULT THA->VNM 2025-03-05 reported"},
	},
	{
		name: "en a deed is not dated by the day it was told",
		lang: "en", published: pub,
		text: "The Royal Thai Navy and the Indian Navy completed a coordinated patrol in the Andaman Sea, the navy said on Friday.",
		want: []string{"COOPERATE IND<->THA - reported"},
	},
	{
		name: "en its officer is the possessor's: the subject of the sentence before",
		lang: "en", published: pub, outlet: "Bangkok Post",
		text: "The Indian ship arrived at Phuket on Monday for a visit to Thailand at the invitation of the Royal Thai Navy. That afternoon its commanding officer, Captain Arvind Rao, paid a courtesy call on Vice Admiral Somchai Boonma at the command headquarters in Phang Nga.",
		want: []string{"CONSULT IND->THA 2025-03-03 reported"},
	},
	{
		name: "id kami in a quote is its speaker once placed; thanks said in the first person is dated the day it was said",
		lang: "id", published: pub,
		text: "JAKARTA, KOMPAS.com - Sebanyak 20 WNI korban penipuan daring telah dipulangkan dari Kamboja.\n\n\"Kami menyampaikan terima kasih kepada Pemerintah Kamboja atas bantuan dan kerja samanya sehingga pemulangan ini berjalan lancar,\" ujar Direktur Pelindungan WNI Kementerian Luar Negeri, Budi Santoso, dalam keterangan tertulis, Rabu (5/3/2025).",
		want: []string{"SUPPORT IDN->KHM 2025-03-05 reported"},
	},
	{
		name: "id what a quote says was done is not dated by the day it was said",
		lang: "id", published: pub,
		text: "\"Indonesia dan Kamboja sepakat memperkuat kerja sama,\" kata Menlu Sari Dewi dalam keterangan tertulis, Rabu (5/3/2025).",
		want: []string{"AGREE IDN<->KHM - reported"},
	},
	{
		name: "en nationals wanted at home handed over are judicial cooperation; General opens a body's name",
		lang: "en", published: pub,
		text: "PHNOM PENH, March 7 (Xinhua) -- Cambodia's General Commissariat of National Police on Tuesday handed over three Thai nationals wanted in their home country to a team from the Royal Thai Police.",
		want: []string{"COOPERATE KHM<->THA 2025-03-04 reported"},
	},
	{
		name: "en since then, what has been done is a tally, not a day's event",
		lang: "en", published: pub,
		text: "Malaysia and Thailand signed an extradition treaty in 2010. Since then, Kuala Lumpur has handed over six Thai nationals wanted for fraud.\n\nThe two police chiefs met in Bangkok on Tuesday.",
		want: []string{"SUPPORT MYS<->THA - reported", "COOPERATE MYS<->THA - reported", "CONSULT MYS->THA 2025-03-04 reported"}, // (the tally stays undated)
	},
	{
		name: "id English names of foreign bodies and officers; two abbreviations are two bodies; before the press conference is its day",
		lang: "id", published: pub,
		text: "Jakarta - Badan Narkotika Nasional (BNN) bersama Narcotics Control Bureau (NCB) Malaysia menggagalkan penyelundupan sabu pada Senin (3/3).\n\n\"Operasinya berjalan bersamaan,\" kata Kepala BNN Arief Wibowo dalam jumpa pers di Jakarta, Rabu (5/3/2025).\n\nJumpa pers itu turut dihadiri Deputy Director NCB, Lim Kok Wai. Sebelum jumpa pers, Lim bertemu Arief. Dalam pertemuan tersebut, BNN dan NCB sepakat memperkuat pertukaran informasi.",
		want: []string{"COOPERATE IDN<->MYS - planned", "CONSULT MYS->IDN 2025-03-05 reported", "AGREE IDN<->MYS 2025-03-05 reported"},
	},
	{
		name: "en a chargé d'affaires a.i. is his country's; a clause of result has its own subject",
		lang: "en", published: pub,
		text: "JAKARTA -- On Tuesday, Australian Chargé d'Affaires a.i. Mark R. Ellison traveled to Padang, where he handed over relief supplies to West Sumatra Governor Hendri Saputra.\n\nThe Australian Agency for International Development (AusAID) works with the Government of Indonesia to strengthen disaster preparedness, so that communities and local governments are ready to respond when disasters strike.",
		want: []string{"AID AUS->IDN 2025-03-04 reported"},
	},
	{
		name: "id a Malaysian mayor (Datuk Bandar) of a city the gazetteer places",
		lang: "id", published: pub,
		text: "MEDAN - Wali Kota Medan Rudi Hasibuan dan Datuk Bandar Ipoh Dato' Azman Hashim menandatangani Letter of Intent kerja sama kota kembar di Ipoh, Selasa (4/3/2025).",
		want: []string{"SUPPORT IDN<->MYS 2025-03-04 reported"},
	},
	{
		name: "en a ministry in a capital is that country's; none of them did is negated; the jobs they were promised is no pledge",
		lang: "en", published: pub,
		text: "KUALA LUMPUR, March 7 (Bernama) -- Home Minister Datuk Seri Azlan Harun said none of the detained workers had lodged a complaint with the depot authorities.\n\nBangladesh High Commissioner Md Rafiq Alam told Bernama on Tuesday that many workers were victims of agents who failed to give them the jobs they were promised.\n\nOn Wednesday, the Ministry of Foreign Affairs in Dhaka summoned Malaysia's High Commissioner to Bangladesh to convey its deep concern.",
		want: []string{"ACCUSE MYS->BGD - negated", "ACCUSE BGD->MYS 2025-03-05 reported"},
	},
	{
		name: "en an opening It past its spokesperson's sentence is the body before",
		lang: "en", published: pub,
		text: "MANILA, March 7 (PNA) -- The Chinese Embassy in Manila shot back late Tuesday. In a statement, its spokesperson said the report was groundless. It also called on Tokyo to stop meddling in the dispute.",
		want: []string{"REQUEST CHN->JPN 2025-03-04 reported"},
	},
	{
		name: "en the one identified by name is of the country named before; a foreign ministry's abbreviation stands for its state",
		lang: "en", published: pub,
		text: "ISLAMABAD, March 7 (APP) -- Pakistan on Tuesday expelled an Indian diplomat, identified as Vikram Sethi, a counsellor at the high commission.\n\nMEA spokesperson Arjun Malhotra on Wednesday rejected the allegations as baseless.\n\nOn Thursday, Sethi met Pakistani Foreign Office officials in Islamabad.",
		want: []string{"SANCTION PAK->IND 2025-03-04 reported", "REJECT IND->PAK 2025-03-05 reported", "CONSULT IND->PAK 2025-03-06 reported"},
	},
	{
		name: "id aid received by someone is not given by them",
		lang: "id", published: pub,
		text: "KAIRO - Dubes RI untuk Mesir Arif Santoso menyerahkan bantuan kemanusiaan untuk warga Gaza melalui UNRWA, Selasa (4/3/2025). Bantuan itu diterima oleh Direktur Kantor Perwakilan UNRWA di Kairo, Sarah Lindqvist.",
		want: []string{"AID IDN->PSE 2025-03-04 reported"},
	},
	{
		name: "en we are grateful to a country, its speaker said",
		lang: "en", published: pub,
		text: "\"We are grateful to the Government and people of India for their partnership,\" WFP country director Elena Moretti said on Tuesday.",
		want: []string{"SUPPORT IGO->IND 2025-03-04 reported"},
	},
	{
		name: "en a verb with its object is no participle: army dispatched additional troops",
		lang: "en", published: pub,
		text: "SURIN - Thailand and Laos held talks on Monday.\n\nThailand's army dispatched additional troops and armoured vehicles to the border with Cambodia on Tuesday.",
		want: []string{"CONSULT THA->LAO 2025-03-03 reported", "MOBILIZE THA->KHM 2025-03-04 reported"},
	},
	{
		name: "en the regime is the regime named before; 'these attacks' condemned are no assault by the condemner",
		lang: "en", published: pub,
		text: "SYDNEY - Australia on Tuesday imposed sanctions on six members of Myanmar's military regime.\n\n\"Australia condemns these attacks in the strongest terms,\" Foreign Minister Grace Whitford said. She called on the regime to end the violence.",
		want: []string{"SANCTION AUS->MMR 2025-03-04 reported", "REQUEST AUS->MMR 2025-03-04 reported"},
	},
	{
		name: "en a note to Nigeria's ministry goes to Nigeria; N. Korea is North Korea",
		lang: "en", published: pub,
		text: "MANILA - The Philippine Embassy in Abuja transmitted a note verbale to Nigeria's Ministry of Foreign Affairs on Tuesday, requesting consular access for the crew.\n\nJapan on Wednesday lodged a protest with N. Korea over the launch.",
		want: []string{"REQUEST PHL->NGA 2025-03-04 reported", "ACCUSE JPN->PRK 2025-03-05 reported"},
	},
	{
		name: "en X and his counterpart Y agreed; a visit in Y's relative clause is Y's",
		lang: "en", published: pub,
		text: "MANILA - Japanese Defense Minister Kenji Morikawa and his Philippine counterpart Arnulfo Baltazar agreed on Tuesday to expand joint exercises.\n\nThe agreement was reached during talks in Tokyo between Foreign Minister Kenji Harasawa and his Chilean counterpart Ignacio Valdivieso, who is on a three-day visit to Japan through Wednesday.",
		want: []string{"AGREE JPN<->PHL 2025-03-04 reported", "COOPERATE JPN<->PHL 2025-03-04 planned", "CONSULT CHL->JPN 2025-03-04 reported"},
	},
	{
		name: "id what comes after setelah is done, not planned by the threat before it",
		lang: "id", published: pub,
		text: "WELLINGTON - Iran mengancam akan membalas setelah Wellington menjatuhkan sanksi terhadap 14 pejabat Iran pada Selasa (4/3/2025).",
		want: []string{"THREATEN IRN->NZL 2025-03-04 reported", "SANCTION NZL->IRN 2025-03-04 reported"},
	},
	{
		name: "en a rejection told first with no day is dated by the statement the next sentence opens with",
		lang: "en", published: pub,
		text: "BANGKOK - Myanmar has rejected Thailand's protest over the shooting of Thai fishing boats.\n\nIn a statement released on Thursday, the Myanmar embassy in Bangkok said its navy had acted in accordance with the law.\n\nThe incident happened on Monday, when a Myanmar navy boat opened fire on Thai trawlers.",
		want: []string{"REJECT MMR->THA 2025-03-06 reported", "ASSAULT MMR->THA 2025-03-03 reported"},
	},
	{
		name: "id a fisheries patrol ship (KP) is Indonesia's",
		lang: "id", published: pub,
		text: "Sebelumnya, Kapal Pengawas Perikanan KP Orca 03 menangkap dua kapal beserta 21 anak buah kapal warga negara Vietnam pada Selasa (4/3).",
		want: []string{"COERCE IDN->VNM 2025-03-04 reported"},
	},
	{
		name: "en the day before counts back from the day named before",
		lang: "en", published: pub,
		text: "New York (ANTARA) - Indonesian Foreign Minister Ratih Kusuma met Kenyan Cabinet Secretary Joseph Kariuki in New York on Tuesday.\n\nThe day before, Ratih held a bilateral meeting with Fiji's Deputy Prime Minister Ratu Koroi.",
		want: []string{"CONSULT IDN->KEN 2025-03-04 reported", "CONSULT IDN->FJI 2025-03-03 reported"},
	},
	{
		name: "en a statement 'received here' is the newsroom's, no host's reception",
		lang: "en", published: pub,
		text: "New York (ANTARA) - Indonesian Foreign Minister Ratih Kusuma met Kenyan Cabinet Secretary Joseph Kariuki in New York on Tuesday.\n\nThe two ministers discussed trade, according to a statement from the Indonesian Foreign Ministry received here on Thursday.",
		want: []string{"CONSULT IDN->KEN 2025-03-04 reported"},
	},
	{
		name: "en a rejection told first is dated the day the decision was made known, not the day that was told",
		lang: "en", published: pub,
		text: "The Netherlands has rejected Indonesia's request to extradite a former plantation executive.\n\nThe Dutch Ministry of Justice informed the Indonesian Embassy in The Hague of its decision in a letter on Monday, Law Minister Haryanto Sudibyo said on Wednesday.\n\nOn Thursday, Indonesian prosecutors met Dutch officials in Jakarta.",
		want: []string{"REJECT NLD->IDN 2025-03-03 reported", "CONSULT NLD->IDN 2025-03-06 reported"},
	},
	{
		name: "en 'release detained X' asks for a release and reports no detention",
		lang: "en", published: pub,
		text: "CANBERRA - Australia pressed China on Tuesday to release detained Australian writer Daniel Hu on medical grounds.",
		want: []string{"REQUEST AUS->CHN 2025-03-04 reported"},
	},
	{
		name: "en a request named as what is refused is coded with the refusal",
		lang: "en", published: pub,
		text: "GENEVA - Israel refused on Tuesday a United Nations request to allow fuel deliveries into Gaza, a UN spokesperson said.",
		want: []string{"REJECT ISR->IGO 2025-03-04 reported"},
	},
	{
		name: "en what comes after 'after' is done, not planned by the 'will' before it",
		lang: "en", published: pub,
		text: "BEIJING - China said it will retaliate after Japan imposed sanctions on Chinese firms on Tuesday.",
		want: []string{"SANCTION JPN->CHN 2025-03-04 reported"},
	},
	{
		name: "en a day counted back dates its own event, not the story's other ones",
		lang: "en", published: pub,
		text: "PHNOM PENH - The reception, held at a hotel in Phnom Penh on Wednesday evening, was attended by 600 guests.\n\nIn his speech, Japanese Ambassador Masato Kurihara thanked the Royal Government of Cambodia for its cooperation.\n\nA day before the reception, the ambassador handed over relief supplies to the Cambodian Mine Action Centre.",
		want: []string{"SUPPORT JPN->KHM 2025-03-05 reported", "AID JPN->KHM 2025-03-04 reported"},
	},
	{
		name: "en what has been pledged is not dated by the day it was told, but by the meeting it was made at",
		lang: "en", published: pub,
		text: "JAKARTA, March 7 (Yonhap) -- South Korea has pledged an additional US$10 million to a fund for its cooperation projects with ASEAN, the foreign ministry said Wednesday.\n\nSouth Korean First Vice Foreign Minister Kim Tae-yoon made the pledge as he met ASEAN Secretary-General Sok Vannarith at the ASEAN Secretariat in Jakarta on Monday, according to the ministry.",
		want: []string{"AGREE IGO<->KOR 2025-03-03 reported", "CONSULT KOR->IGO 2025-03-03 reported"},
	},
	{
		name: "id passive ditandatangani oleh A dan B",
		lang: "id", published: pub,
		text: "Nota kesepahaman itu ditandatangani oleh Menteri Kesehatan Indonesia Ratna Sari dan Menteri Kesehatan Singapura Lim Wei Ming di Jakarta, Kamis (6/3).",
		want: []string{"SUPPORT IDN<->SGP 2025-03-06 reported"},
	},
	{
		name: "en passive signed by A and B",
		lang: "en", published: pub,
		text: "The agreement was signed by Indonesian Trade Minister Dewi Lestari and Malaysian Trade Minister Aziz Rahman on Thursday.",
		want: []string{"SUPPORT IDN<->MYS 2025-03-06 reported"},
	},
	{
		name: "en joint exercise of two navies",
		lang: "en", published: pub,
		text: "The Indian Navy and the Sri Lankan Navy held a joint exercise off Colombo on Tuesday.",
		want: []string{"COOPERATE IND<->LKA 2025-03-04 reported"},
	},
	{
		name: "id TNI dan angkatan bersenjata latihan bersama",
		lang: "id", published: pub,
		text: "TNI dan Angkatan Bersenjata Malaysia menggelar latihan bersama di Kalimantan Barat, Selasa (4/3).",
		want: []string{"COOPERATE IDN<->MYS 2025-03-04 reported"},
	},
	{
		name: "id memberikan bantuan kepada",
		lang: "id", published: pub,
		text: "Korea Selatan memberikan bantuan senilai Rp 5 miliar kepada Pakistan, Kamis (6/3).",
		want: []string{"AID KOR->PAK 2025-03-06 reported"},
	},
	{
		name: "en country sent tents",
		lang: "en", published: pub,
		text: "Nepal sent tents to India on Tuesday.",
		want: []string{"AID NPL->IND 2025-03-04 reported"},
	},
	{
		name: "en aid promised is a pledge made the day it is told",
		lang: "en", published: pub,
		text: "South Korea will provide USD 2 million in flood relief to Pakistan, the South Korean embassy said on Thursday.",
		want: []string{"AGREE KOR<->PAK 2025-03-06 reported"},
	},
	{
		name: "id memanggil duta besar",
		lang: "id", published: pub,
		text: "Kementerian Luar Negeri Indonesia memanggil Duta Besar Australia di Jakarta, Kamis (6/3).",
		want: []string{"ACCUSE IDN->AUS 2025-03-06 reported"},
	},
	{
		name: "en urged after foreign secretary",
		lang: "en", published: pub,
		text: "Philippine Foreign Secretary Carla Reyes urged China to stop blocking fishing boats on Tuesday.",
		want: []string{"REQUEST PHL->CHN 2025-03-04 reported"},
	},
	{
		name: "en accused",
		lang: "en", published: pub,
		text: "Rwandan Foreign Minister Paul Habimana accused Congolese President Jean Mbala of backing rebel groups on Thursday.",
		want: []string{"ACCUSE RWA->COD 2025-03-06 reported"},
	},
	// Patterns found on unseen articles.
	{
		name: "id memulai kunjungan",
		lang: "id", published: pub,
		text: "Presiden Chile Mateo Rojas memulai kunjungan kenegaraan dua hari ke Indonesia pada Selasa (4/3).",
		want: []string{"CONSULT CHL->IDN 2025-03-04 reported"},
	},
	{
		name: "en concluded a visit is not dated by its last day",
		lang: "en", published: pub,
		text: "Chilean President Mateo Rojas concluded a state visit to Indonesia on Thursday.",
		want: nil,
	},
	{
		name: "id menerima panggilan telepon dari",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo menerima panggilan telepon dari Perdana Menteri Jepang Kenta Mori pada Rabu (5/3).",
		want: []string{"CONSULT JPN->IDN 2025-03-05 reported"},
	},
	{
		name: "en relative clause keeps the visit its antecedent's",
		lang: "en", published: pub,
		text: "The MoU was signed in Hanoi on Tuesday by Vietnam's Minister of Labour, Invalids and Social Affairs Dao Minh Chau and South Korea's Minister of Employment and Labor Park Ji-won, who is on a working visit to Vietnam.",
		want: []string{"CONSULT KOR->VNM 2025-03-04 reported", "SUPPORT KOR<->VNM 2025-03-04 reported"},
	},
	{
		name: "id antara A dan B after the noun's modifiers, the document signed is no agreement",
		lang: "id", published: pub,
		text: "Penandatanganan perjanjian kerja sama rantai pasok baterai kendaraan listrik antara Indonesia dan Korea Selatan berlangsung di Jakarta, Rabu (5/3).",
		want: []string{"SUPPORT IDN<->KOR 2025-03-05 reported"},
	},
	{
		name: "en a statement released is no release",
		lang: "en", published: pub,
		text: "The Tajik Border Troops, in a statement released on Tuesday night, accused Kyrgyzstan of a deliberate provocation.",
		want: []string{"ACCUSE TJK->KGZ 2025-03-04 reported"},
	},
	{
		name: "en rejecting the accusations answers the other side",
		lang: "en", published: pub,
		text: "Canada imposed sanctions on ten Russian officers on Monday. The Russian embassy in Ottawa on Tuesday dismissed the accusations as baseless.",
		want: []string{"REJECT RUS->CAN 2025-03-04 reported", "SANCTION CAN->RUS 2025-03-03 reported"},
	},
	{
		name: "id a promise reported by someone else is made to the other side",
		lang: "id", published: pub,
		text: "Kementerian Luar Negeri Indonesia memanggil Duta Besar Malaysia Azlan Hamid pada Senin (3/3). Dubes Azlan, menurut juru bicara Kemlu Rina Putri, berjanji meneruskan nota itu ke Kuala Lumpur.",
		want: []string{"ACCUSE IDN->MYS 2025-03-03 reported", "AGREE IDN<->MYS 2025-03-03 reported"},
	},
	{
		name: "id menuding, menolak tuduhan, memperingatkan; menahan diri is no detention",
		lang: "id", published: pub,
		text: "Pemerintah Sierra Leone menuding Guinea mengirim tentara ke desa Yenga, Selasa (4/3). Pemerintah Guinea menolak tuduhan itu pada Rabu (5/3) dan memperingatkan Sierra Leone. ECOWAS meminta kedua negara menahan diri.",
		want: []string{"ACCUSE SLE->GIN 2025-03-04 reported", "REJECT GIN->SLE 2025-03-05 reported", "REQUEST IGO->GIN 2025-03-05 reported", "REQUEST IGO->SLE 2025-03-05 reported", "THREATEN GIN->SLE 2025-03-05 reported"},
	},
	{
		name: "en a light verb holds a named meeting",
		lang: "en", published: pub,
		text: "Chile and Kenya held the 3rd Chile-Kenya Bilateral Consultations Meeting in Nairobi on 4 March 2025.",
		want: []string{"CONSULT CHL->KEN 2025-03-04 reported"},
	},
	{
		name: "en the named meeting's countries are no possessor",
		lang: "en", published: pub,
		text: "Chile and Kenya held the 3rd Chile-Kenya Consultations in Santiago on 4 March 2025.",
		want: []string{"CONSULT KEN->CHL 2025-03-04 reported"},
	},
	{
		name: "en they agreed after both sides, and the host of a courtesy call is not the envoy's country",
		lang: "en", published: pub,
		text: "Both sides reviewed bilateral relations in Manila on Tuesday. They agreed to set up a joint committee.\n\nOn Wednesday, Brazilian Ambassador Paulo Nunes paid a courtesy call on Secretary for Foreign Affairs Jose Reyes Santos in Manila. The Philippines and Brazil held talks on Tuesday.",
		want: []string{"AGREE BRA<->PHL 2025-03-04 reported", "CONSULT BRA->PHL 2025-03-04 reported", "CONSULT BRA->PHL 2025-03-05 reported"},
	},
	{
		name: "en both sides act on a third party; dollars and attack aircraft are no parties",
		lang: "en", published: pub,
		text: "Defence ministers of Poland and South Korea met in Seoul on Tuesday. The two sides condemned North Korea's missile launches. The two ministers agreed to speed up talks on a contract worth 6.5 billion U.S. dollars for light attack aircraft.",
		want: []string{"ACCUSE KOR->PRK 2025-03-04 reported", "ACCUSE POL->PRK 2025-03-04 reported", "AGREE KOR<->POL 2025-03-04 reported", "CONSULT POL->KOR 2025-03-04 reported"},
	},
	{
		name: "id both leaders agree with each other, not with what they discuss",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo bertemu Presiden Filipina Emilio Reyes di Jakarta, Selasa (4/3). Kedua pemimpin juga sepakat mendorong perundingan kode etik di Laut China Selatan antara ASEAN dan China.",
		want: []string{"AGREE IDN<->PHL 2025-03-04 reported", "CONSULT PHL->IDN 2025-03-04 reported"},
	},
	{
		name: "en declared persona non grata",
		lang: "en", published: pub,
		text: "Russia on Tuesday declared a Japanese consular officer based in Vladivostok persona non grata.",
		want: []string{"SANCTION RUS->JPN 2025-03-04 reported"},
	},
	{
		name: "id rejecting the accusation answers the accuser, even at the UN",
		lang: "id", published: pub,
		text: "Dalam pidatonya di Sidang Umum PBB pada Selasa (4/3), Perdana Menteri Vanuatu Tom Kalsakau menuding Indonesia melanggar HAM di Papua. Diplomat Perutusan Tetap RI untuk PBB di New York, Dewi Lestari, menolak tudingan tersebut pada Rabu (5/3).",
		want: []string{"ACCUSE VUT->IDN 2025-03-04 reported", "REJECT IDN->VUT 2025-03-05 reported"},
	},
	{
		name: "id countermeasures announced are a sanction",
		lang: "id", published: pub,
		text: "BEIJING, 6 Maret (Xinhua) -- Kementerian Luar Negeri Tiongkok pada Kamis (6/3) mengumumkan langkah-langkah balasan terhadap lima perusahaan industri militer Amerika Serikat.",
		want: []string{"SANCTION CHN->USA 2025-03-06 reported"},
	},
	{
		name: "id a passive with its agent right after the verb, named in English",
		lang: "id", published: pub,
		text: "Sebanyak 13 nelayan asal Rote Ndao, Indonesia, ditangkap aparat Australian Border Force (ABF) di perairan Pulau Pasir, Selasa (4/3).",
		want: []string{"COERCE AUS->IDN 2025-03-04 reported"},
	},
	{
		name: "en a participle after a comma has the sentence's subject",
		lang: "en", published: pub,
		text: "Lithuania on Tuesday expelled two Belarusian diplomats, accusing them of smuggling migrants across the European Union's eastern frontier.",
		want: []string{"ACCUSE LTU->BLR 2025-03-04 reported", "SANCTION LTU->BLR 2025-03-04 reported"},
	},
	{
		name: "id a letter sent to ask is a request of its addressee",
		lang: "id", published: pub,
		text: "Kementerian Perdagangan Indonesia telah mengirimkan surat kepada Departemen Perdagangan, Industri dan Persaingan (DTIC) Afrika Selatan pada Senin (3/3) untuk meminta konsultasi bilateral.",
		want: []string{"REQUEST IDN->ZAF 2025-03-03 reported"},
	},
	{
		name: "en during the call dates by the call; ranks without periods",
		lang: "en", published: pub,
		text: "Malaysian and Australian troops began a joint exercise yesterday.\n\nAustralian Deputy Chief of Army Maj Gen Fiona Lane paid a courtesy call on Malaysian Army chief Gen Rosdi Hussin in Kuala Lumpur on Monday.\n\nDuring the call, Gen Rosdi and Maj Gen Lane agreed to increase officer exchanges.",
		want: []string{"AGREE AUS<->MYS 2025-03-03 reported", "CONSULT AUS->MYS 2025-03-03 reported", "COOPERATE AUS<->MYS 2025-03-06 reported"},
	},
	{
		name: "en aid handed over in the passive, its sender named before",
		lang: "en", published: pub,
		text: "The aid, sent by the Turkish government, was handed over to Mozambique on Wednesday. Turkish Ambassador Elif Demir said Turkey will provide 500,000 dollars in aid to Mozambique.",
		want: []string{"AGREE MOZ<->TUR 2025-03-05 reported", "AID TUR->MOZ 2025-03-05 reported"},
	},
	{
		name: "en a promise of a named institute's head",
		lang: "en", published: pub,
		text: "Luisa Nhantumbo, president of Mozambique's National Institute for Disaster Risk Management and Reduction (INGD), thanked the Turkish government on Wednesday.",
		want: []string{"SUPPORT MOZ->TUR 2025-03-05 reported"},
	},
	{
		name: "en agreed in phone talks: the talks are a call between the subjects",
		lang: "en", published: pub,
		text: "TOKYO, March 6 (Kyodo) -- Prime Minister Kenji Arai and Argentine President Martin Coronel agreed in phone talks on Wednesday to strengthen cooperation on lithium.",
		want: []string{"AGREE ARG<->JPN 2025-03-05 reported", "CONSULT JPN->ARG 2025-03-05 reported"},
	},
	{
		name: "id a bare passive agent after common nouns",
		lang: "id", published: pub,
		text: "Empat pedagang asal Indonesia ditangkap anggota Royal Papua New Guinea Constabulary (RPNGC) pada Sabtu (1/3) di Wutung.",
		want: []string{"COERCE PNG->IDN 2025-03-01 reported"},
	},
	{
		name: "en the subject who flew in is the visitor, whatever the dateline",
		lang: "en", published: pub,
		text: "SEOUL, March 7 (Yonhap) -- Army Chief of Staff Gen. Kim Min-jun, who flew to Abu Dhabi to attend the ceremony, held talks with Maj. Gen. Khalifa Al Mansoori, commander of the UAE Land Forces, on Tuesday.",
		want: []string{"CONSULT KOR->ARE 2025-03-04 reported"},
	},
	{
		name: "en a visit through Wednesday is not dated by its end",
		lang: "en", published: pub,
		text: "Japan and Chile agreed on Tuesday to start trade talks. The agreement was reached during talks in Tokyo between Foreign Minister Kenji Hara and his Chilean counterpart Ignacio Rojas, who is on a three-day visit to Japan through Wednesday.",
		want: []string{"AGREE CHL<->JPN 2025-03-04 reported", "CONSULT CHL->JPN 2025-03-04 reported"},
	},
	{
		name: "id the day of what is praised does not date the praise",
		lang: "id", published: pub,
		text: "Kapolri Jenderal Bambang Santoso menerima kunjungan Ketua Polis Negara Malaysia Azman Ibrahim di Jakarta, Kamis (6/3).\n\nBambang juga mengapresiasi Polis Diraja Malaysia atas keberhasilan operasi di Selat Malaka pada Rabu (26/2) lalu.",
		want: []string{"CONSULT MYS->IDN 2025-03-06 reported", "SUPPORT IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "en a year after praise is its object's",
		lang: "en", published: pub,
		text: "Outgoing Australian Ambassador to Laos Rebecca Thorn paid a farewell call on Lao Foreign Minister Bounkhong Phomma in Vientiane on Wednesday. Ms Thorn praised the Lao government's efforts in hosting the ASEAN chairmanship in 2024.",
		want: []string{"CONSULT AUS->LAO 2025-03-05 reported", "SUPPORT AUS->LAO 2025-03-05 reported"},
	},
	{
		name: "id an envoy received in the passive, and what was said in that meeting",
		lang: "id", published: pub,
		text: "Duta Besar Papua Nugini untuk Indonesia Joseph Temu diterima Wakil Menteri Luar Negeri Sekar Larasati di Jakarta, pada Rabu (5/3).\n\nDalam pertemuan itu, Wamenlu Sekar menyampaikan nota protes atas penangkapan empat WNI.",
		want: []string{"ACCUSE IDN->PNG 2025-03-05 reported", "CONSULT PNG->IDN 2025-03-05 reported"},
	},
	{
		name: "id and en presenting credentials is a meeting",
		lang: "id", published: pub,
		text: "Duta Besar Republik Indonesia untuk Kolombia Andi Rahmat menyerahkan Surat Kepercayaan kepada Presiden Kolombia Gabriel Ospina di Bogotá, Kamis (6/3).",
		want: []string{"CONSULT IDN->COL 2025-03-06 reported"},
	},
	{
		name: "id aid handed over in the passive; phone talks; aid promised on a condition is no pledge",
		lang: "id", published: pub,
		text: "Bantuan berupa 20 ton logistik diserahkan oleh Duta Besar RI untuk Fiji Yohanes Tanamal kepada Menteri Penanggulangan Bencana Fiji Joape Koro di Suva, Rabu (5/3).\n\nSebelumnya, Menlu Sekar Larasati melakukan pembicaraan telepon dengan Perdana Menteri Fiji Inoke Vaka pada Senin (3/3). BNPB menyatakan bantuan tahap kedua akan dikirim ke Fiji pada pekan depan apabila dibutuhkan.",
		want: []string{"AID IDN->FJI - planned", "AID IDN->FJI 2025-03-05 reported", "CONSULT IDN->FJI 2025-03-03 reported"},
	},
	{
		name: "id a year in a relative clause does not date the thanks",
		lang: "id", published: pub,
		text: "Presiden Korea Selatan Kim Jae-won pada Kamis (6/3) menyampaikan terima kasih kepada Indonesia atas komitmen melanjutkan program yang dimulai sejak 2010.",
		want: []string{"SUPPORT KOR->IDN 2025-03-06 reported"},
	},
	{
		name: "en a host receives the credentials of two envoys: one meeting each",
		lang: "en", published: pub,
		text: "President of Laos Somsak Vongsa yesterday received the letters of credence from the newly appointed ambassadors of Chile and Norway at the palace in Vientiane.",
		want: []string{"CONSULT CHL->LAO 2025-03-06 reported", "CONSULT NOR->LAO 2025-03-06 reported"},
	},
	{
		name: "en his meeting with: the pronoun's antecedent meets; a portfolio list before the title",
		lang: "en", published: pub,
		text: "Malaysian Investment, Trade and Industry Minister Hafiz Rahman said the deal was reached at his meeting with Brazil's Minister of Development, Industry, Trade and Services, Paulo Mendes Rocha, in Brasilia on Tuesday.",
		want: []string{"CONSULT MYS->BRA 2025-03-04 reported"},
	},
	{
		name: "id an office then a body the story abbreviates; the same day as the event before",
		lang: "id", published: pub,
		text: "Badan Narkotika Nasional (BNN) menggelar pertemuan dengan New Zealand Customs Service (NZCS) di Jakarta, Selasa (4/3).\n\nKomisaris Bea Cukai Selandia Baru Liam Harwood juga bertemu Duta Besar Australia untuk Indonesia Ben Carter, Rabu (5/3).\n\nPada hari yang sama, Harwood menyerahkan bantuan berupa 12 unit alat pemindai kepada BNN.",
		want: []string{"AID NZL->IDN 2025-03-05 reported", "CONSULT NZL->AUS 2025-03-05 reported", "CONSULT NZL->IDN 2025-03-04 reported"},
	},
	{
		name: "id the same day is the day named just before, not a written statement's day; the same occasion is the event's",
		lang: "id", published: pub,
		text: "Bea Cukai Indonesia dan Bea Cukai Selandia Baru menggagalkan penyelundupan kokain dalam operasi gabungan di Bitung, Sabtu (1/3).\n\n\"Kerja sama kedua negara sangat baik,\" kata Dirjen Bea Cukai Rudi Hartanto dalam konferensi pers di Jakarta, Senin (3/3).\n\nSebelumnya pada hari yang sama, Komisaris Bea Cukai Selandia Baru Liam Harwood bertemu dengan Rudi di Jakarta.\n\nPetugas kedua negara juga menyita 40 kilogram sabu di Bitung pada 9 Februari.\n\nPada kesempatan yang sama, Harwood menyerahkan bantuan berupa 12 unit alat pemindai kepada Bea Cukai Indonesia.",
		want: []string{"AID NZL->IDN 2025-03-03 reported", "CONSULT NZL->IDN 2025-03-03 reported", "COOPERATE IDN<->NZL 2025-03-01 reported"},
	},
	{
		name: "en the same forum is the day of the sentence naming the forum",
		lang: "en", published: pub,
		text: "Indonesian Trade Minister Budi Santoso met Peruvian Foreign Minister Ana Salazar in Lima on Monday.\n\nOn Tuesday, Budi opened a business forum in Cusco attended by 40 Peruvian exporters.\n\nAt the same forum, Budi and Peruvian Production Minister Luis Quispe signed a memorandum of understanding on coffee trade.",
		want: []string{"CONSULT IDN->PER 2025-03-03 reported", "SUPPORT IDN<->PER 2025-03-04 reported"},
	},
	{
		name: "en the same ceremony is the day of the sentence naming it; a day inside a quotation is not",
		lang: "en", published: pub,
		text: "Japan has delivered 80 tons of relief supplies to flood-hit Malawi.\n\nThe supplies were handed over on Tuesday in a ceremony at Lilongwe airport attended by Japanese Ambassador Kenji Sato and Malawian Disaster Minister Grace Phiri.\n\n\"Even after the Feb. 20 storms at home, our people did not forget Malawi,\" Sato said at the ceremony.\n\nSpeaking at the same ceremony, Phiri thanked the Japanese government for its help.",
		want: []string{"AID JPN->MWI 2025-03-04 reported", "SUPPORT MWI->JPN 2025-03-04 reported"},
	},
	{
		name: "en a weather warning threatens no one",
		lang: "en", published: pub,
		text: "New Zealand's aid agency delivered water tanks to Tonga on Monday.\n\nThe Tonga Meteorological Service has warned of more heavy rain for the outer islands.",
		want: []string{"AID NZL->TON 2025-03-03 reported"},
	},
	{
		name: "en an envoy meets in the country he is posted to, whatever the dateline",
		lang: "en", published: pub,
		text: "DOHA: Qatari Ambassador to Chad Khalid Al-Mansouri met Chad's Minister of Health, Amina Deby, on Tuesday to discuss the field hospital.",
		want: []string{"CONSULT QAT->TCD 2025-03-04 reported"},
	},
	{
		name: "en an envoy named second is still the visitor where he is posted",
		lang: "en", published: pub,
		text: "DOHA: Chad's Minister of Health Amina Deby met Qatari Ambassador to Chad Khalid Al-Mansouri on Tuesday to discuss the field hospital.",
		want: []string{"CONSULT QAT->TCD 2025-03-04 reported"},
	},
	{
		name: "en interfering in internal affairs is an accusation by the speaker; continues to reports the act",
		lang: "en", published: pub,
		text: "Fiji's foreign ministry said on Tuesday that Samoa continues to interfere in Fiji's internal affairs.",
		want: []string{"ACCUSE FJI->WSM 2025-03-04 reported"},
	},
	{
		name: "id mencampuri urusan: the speaker accuses the doer named before the verb, not a country named further back",
		lang: "id", published: pub,
		text: "Kementerian Luar Negeri Fiji, Selasa (4/3), menyatakan Samoa terus mencampuri urusan dalam negeri Fiji.\n\nJuru bicara Kementerian Pertahanan Fiji Jone Waqa, Rabu (5/3), mendesak pihak Samoa untuk menghormati kedaulatan wilayah Fiji, serta berhenti mencampuri urusan dalam negeri Fiji.",
		want: []string{"ACCUSE FJI->WSM 2025-03-04 reported", "REQUEST FJI->WSM 2025-03-05 reported", "SUPPORT WSM->FJI 2025-03-05 hypothetical"},
	},
	{
		name: "id a light verb's noun named again gives its day; nota diplomatik is no passive",
		lang: "id", published: pub,
		text: "Ilustrasi. Kementerian Luar Negeri RI menyampaikan nota protes kepada Filipina.\n\nJAKARTA, KOMPAS.com - Kementerian Luar Negeri RI melayangkan nota diplomatik kepada Pemerintah Filipina terkait penangkapan nelayan Indonesia di Laut Sulawesi, Sabtu (1/3).\n\nJuru bicara Kemlu, Rudi Hartanto, mengatakan nota tersebut disampaikan melalui KBRI Manila pada Senin (3/3).",
		want: []string{"ACCUSE IDN->PHL 2025-03-03 reported"},
	},
	{
		name: "en solidarity affirmed with a day between the verb and its noun; stands firmly with; a regional body",
		lang: "en", published: pub,
		text: "Omani Foreign Minister Salim Al-Harthy affirmed on Tuesday the Sultanate's full solidarity with Jordan.\n\nQatar said on Wednesday it stands firmly with Jordan.\n\nThe Caribbean Community (CARICOM) on Thursday reaffirmed its support for Belize.",
		want: []string{"SUPPORT IGO->BLZ 2025-03-06 reported", "SUPPORT OMN->JOR 2025-03-04 reported", "SUPPORT QAT->JOR 2025-03-05 reported"},
	},
	{
		name: "en a light verb opens a long quote of its own words, after a possessor",
		lang: "en", published: pub,
		text: "According to state media, the Omani minister on Tuesday affirmed the Sultanate's \"full solidarity with the Hashemite Kingdom of Jordan\" and its support for all measures Amman takes.",
		want: []string{"SUPPORT OMN->JOR 2025-03-04 reported"},
	},
	{
		name: "en every pair of a list of three parties acts together",
		lang: "en", published: pub,
		text: "The foreign ministers of Chile, Peru and Ecuador met in Lima on Tuesday.",
		want: []string{"CONSULT CHL->ECU 2025-03-04 reported", "CONSULT CHL->PER 2025-03-04 reported", "CONSULT ECU->PER 2025-03-04 reported"},
	},
	{
		name: "id a trilateral patrol: a bare patrol noun after a light verb, a gloss inside the list",
		lang: "id", published: pub,
		text: "Angkatan Laut Chile bersama Angkatan Laut Peru (MGP) dan Angkatan Laut Ekuador menggelar patroli maritim terkoordinasi di Samudra Pasifik, Selasa (4/3).",
		want: []string{"COOPERATE CHL<->ECU 2025-03-04 reported", "COOPERATE CHL<->PER 2025-03-04 reported", "COOPERATE ECU<->PER 2025-03-04 reported"},
	},
	{
		name: "en a passive summons with no agent: the one summoned is the target, the ministry he was summoned to the source",
		lang: "en", published: pub,
		text: "Estonia expelled a Russian diplomat on Tuesday.\n\nRussia's charge d'affaires was summoned to the Estonian foreign ministry the same day and handed a note of protest.",
		want: []string{"ACCUSE EST->RUS 2025-03-04 reported", "SANCTION EST->RUS 2025-03-04 reported"},
	},
	{
		name: "en a passive summons with no agent and no place: the story's other side summons",
		lang: "en", published: pub,
		text: "Estonia expelled a Russian diplomat on Tuesday.\n\nRussia's charge d'affaires was also summoned on Tuesday.",
		want: []string{"ACCUSE EST->RUS 2025-03-04 reported", "SANCTION EST->RUS 2025-03-04 reported"},
	},
	{
		name: "en a spokesman who calls the accusations groundless rejects the accuser; an office right before him is his title's",
		lang: "en", published: pub,
		text: "The Latvian foreign ministry accused Russia on Tuesday of jamming GPS signals over the Baltic.\n\nIn Moscow, foreign ministry spokeswoman Yelena Orlova on Wednesday called the accusations groundless.",
		want: []string{"ACCUSE LVA->RUS 2025-03-04 reported", "REJECT RUS->LVA 2025-03-05 reported"},
	},
	{
		name: "en a list of unreliable entities sanctions the country of the firms put on it; in full solidarity with",
		lang: "en", published: pub,
		text: "China on Tuesday added four Estonian companies to its unreliable entity list.\n\nFinland said on Wednesday it stood in full solidarity with Estonia.",
		want: []string{"SANCTION CHN->EST 2025-03-04 reported", "SUPPORT FIN->EST 2025-03-05 reported"},
	},
	{
		name: "id summoning the deputy head of a foreign mission is a protest",
		lang: "id", published: pub,
		text: "Kementerian Luar Negeri RI memanggil Wakil Kepala Perwakilan Kedutaan Besar Vietnam di Jakarta, Tran Van Minh, untuk menerima nota protes, Selasa (4/3).",
		want: []string{"ACCUSE IDN->VNM 2025-03-04 reported"},
	},
	{
		name: "id antara lain is 'among others', no 'between'",
		lang: "id", published: pub,
		text: "Kementerian Perdagangan RI telah meneken kerja sama serupa antara lain dengan Malaysia dan Turki pada Selasa (4/3).",
		want: []string{"SUPPORT IDN<->MYS 2025-03-04 reported", "SUPPORT IDN<->TUR 2025-03-04 reported"},
	},
	{
		name: "id a meeting placed in a third country has no host, whatever the dateline and the story's first place",
		lang: "id", published: pub,
		text: "Jakarta, CNN Indonesia -- Wamenlu RI Sari Dewi meminta UNHCR membantu pengungsi yang berada di Indonesia.\n\nPermintaan itu disampaikan Sari saat bertemu Komisioner Tinggi UNHCR Ingrid Solberg di markas besar UNHCR di Jenewa, Swiss, Selasa (4/3).",
		want: []string{"CONSULT IDN->IGO 2025-03-04 reported", "REQUEST IDN->IGO 2025-03-04 reported"},
	},
	{
		name: "en boats handed over far after the verb are aid; vessels sent are none",
		lang: "en", published: pub,
		text: "Japan on Tuesday handed over the first two of eight refurbished long-range high-speed coastal interceptor craft to the Fiji Navy.\n\nChina sent three coast guard vessels to the Philippines on Wednesday.",
		want: []string{"AID JPN->FJI 2025-03-04 reported"},
	},
	{
		name: "en water cannon fired at a ship is an assault; visitors welcomed are not praised",
		lang: "en", published: pub,
		text: "Two Vietnam Coast Guard ships fired water cannon at the BRP Datu Kalantiaw on Sunday.\n\nThe frigate HMAS Toowoomba docked in Manila on Monday and was welcomed with arrival honours by the Philippine Navy.",
		want: []string{"ASSAULT VNM->PHL 2025-03-02 reported"},
	},
	{
		name: "en the main clause's day does not date what 'after' tells of; a protest note named again in a compound gives the protest its day",
		lang: "en", published: pub,
		text: "Estonia has filed a diplomatic protest against Russia over the detention of an Estonian border guard.\n\nForeign ministry spokesman Kalle Tamm said the protest note was handed to the Russian embassy on Tuesday, two days after Russian agents detained the Estonian border guard near the village of Lutepaa in the Narva region of the country on Sunday.\n\nRussia summoned Estonia's ambassador on Wednesday after Latvia expelled a Russian diplomat.",
		want: []string{"ACCUSE EST->RUS 2025-03-04 reported", "ACCUSE RUS->EST 2025-03-05 reported", "COERCE RUS->EST 2025-03-02 reported", "SANCTION LVA->RUS 2025-03-05 reported"},
	},
	{
		name: "id the day a statement was quoted from is not the day of what it tells",
		lang: "id", published: pub,
		text: "Menlu Peru Ana Salazar bertemu Wamenlu RI Arif Hadi di Jakarta, Selasa (4/3).\n\n\"Peru mendukung Indonesia,\" kata Salazar, yang tengah melakukan kunjungan kerja ke Indonesia, sebagaimana dikutip dari keterangan pers Kemlu di Jakarta, Rabu.",
		want: []string{"CONSULT PER->IDN 2025-03-04 reported", "SUPPORT PER->IDN 2025-03-04 reported"},
	},
	{
		name: "en a day in a relative clause about the object is not the request's; a plural possessive inside a portfolio",
		lang: "en", published: pub,
		text: "Malaysian Human Resources Minister Ramlan Othman met Nepal's Minister for Migrants' Welfare and Overseas Employment Bishnu Prasad Sharma in Putrajaya on Tuesday.\n\nRamlan said Sharma had also asked Malaysia to consider admitting some 9,000 Nepali workers, who had failed to enter the country before the February 28 deadline.",
		want: []string{"CONSULT NPL->MYS 2025-03-04 reported", "REQUEST NPL->MYS 2025-03-04 reported"},
	},
	{
		name: "id protesters with no country named protest, for the country they are in, against an embassy's",
		lang: "id", published: pub,
		text: "Di Jakarta, puluhan mahasiswa berunjuk rasa di depan Kedutaan Besar Vietnam di kawasan Kuningan pada Selasa (4/3) siang.",
		want: []string{"PROTEST IDN->VNM 2025-03-04 reported"},
	},
	{
		name: "en a rally outside a high commission",
		lang: "en", published: pub,
		text: "Hundreds of truckers rallied outside the Tanzanian High Commission in Nairobi on Tuesday.",
		want: []string{"PROTEST KEN->TZA 2025-03-04 reported"},
	},
	{
		name: "en a state that says it will retaliate or respond in kind threatens the story's other side",
		lang: "en", published: pub,
		text: "Latvia expelled two Russian diplomats on Monday.\n\nRussia said on Tuesday it would respond in kind.\n\nThe Kremlin said on Wednesday that Moscow reserves the right to take countermeasures.",
		want: []string{"SANCTION LVA->RUS 2025-03-03 reported", "THREATEN RUS->LVA 2025-03-04 reported", "THREATEN RUS->LVA 2025-03-05 reported"},
	},
	{
		name: "en a state that vows to respond firmly, or is prompted to warn, threatens",
		lang: "en", published: pub,
		text: "Estonia expelled a Belarusian diplomat on Monday, prompting Belarus on Tuesday to warn that it would retaliate.\n\nBelarus's foreign ministry said on Wednesday that Minsk would respond firmly.",
		want: []string{"SANCTION EST->BLR 2025-03-03 reported", "THREATEN BLR->EST 2025-03-04 reported", "THREATEN BLR->EST 2025-03-05 reported"},
	},
	{
		name: "en an act the story says was prompted or forced happened",
		lang: "en", published: pub,
		text: "Niger expelled three French diplomats on Tuesday, prompting France to expel two Nigerien officials.",
		want: []string{"SANCTION NER->FRA 2025-03-04 reported", "SANCTION FRA->NER 2025-03-04 reported"},
	},
	{
		name: "en ordering a diplomat to leave the country expels him",
		lang: "en", published: pub,
		text: "Riga (AFP) - Latvia on Tuesday ordered a Russian diplomat to leave the country.\n\nThousands of Syrian refugees want to leave the country.",
		want: []string{"SANCTION LVA->RUS 2025-03-04 reported"},
	},
	{
		name: "en expelling private people deports them; expelling a diplomat stays a sanction",
		lang: "en", published: pub,
		text: "Malaysia expelled 30 Indonesian workers on Tuesday after a raid on a plantation in Sabah.\n\nOn the same day Thailand ordered two Vietnamese nationals to leave the country. Japan declared a Chinese diplomat persona non grata.",
		want: []string{"COERCE MYS->IDN 2025-03-04 reported", "COERCE THA->VNM 2025-03-04 reported", "SANCTION JPN->CHN 2025-03-04 reported"},
	},
	{
		name: "id sanctions on another country's fishermen coerce them; sanctions on its firms stay sanctions",
		lang: "id", published: pub,
		text: "Kementerian Kelautan dan Perikanan menjatuhkan sanksi kepada nelayan Vietnam yang tertangkap di Natuna, Selasa (4/3).\n\nAmerika Serikat menjatuhkan sanksi kepada perusahaan China, Selasa (4/3).",
		want: []string{"COERCE IDN->VNM 2025-03-04 reported", "SANCTION USA->CHN 2025-03-04 reported"},
	},
	{
		name: "en 'the two' after talks in the same sentence are the talks' parties, not the story's pair",
		lang: "en", published: pub,
		text: "Japan protests North Korea missile launch\n\nTOKYO, March 4 (Kyodo) - Japan protested North Korea's ballistic missile launch on Tuesday, saying Pyongyang violated U.N. resolutions. The North Korean missile fell into Japan's exclusive economic zone.\n\nJapanese Foreign Minister Kenta Mori held phone talks with his South Korean counterpart Lee Dong-won later in the day, and the two agreed to share intelligence.",
		want: []string{"ACCUSE JPN->PRK 2025-03-04 reported", "CONSULT JPN->KOR 2025-03-04 reported", "AGREE JPN<->KOR 2025-03-04 reported"},
	},
	{
		name: "en a light verb's noun may take a word of degree inside a quote",
		lang: "en", published: pub,
		text: "The African Union said on Tuesday it reaffirmed \"its unwavering support for the sovereignty of Somalia\".",
		want: []string{"SUPPORT IGO->SOM 2025-03-04 reported"},
	},
	{
		name: "en 'that' after a verb of saying opens what was said, not a relative clause",
		lang: "en", published: pub,
		text: "The Pacific Islands Forum said Tuesday that it \"stands firmly with Tonga\" after the cyber attack.",
		want: []string{"SUPPORT IGO->TON 2025-03-04 reported"},
	},
	{
		name: "en a short quote in the report's sentence is the report's own words",
		lang: "en", published: pub,
		text: "NATO spokesperson Erik Dahl said on Tuesday the alliance \"stands in full solidarity with Finland\" after the incursion.",
		want: []string{"SUPPORT IGO->FIN 2025-03-04 reported"},
	},
	{
		name: "en an aside between dashes holds no subject",
		lang: "en", published: pub,
		text: "On Tuesday, Kenya's foreign ministry — whose country borders both nations — urged Ethiopia and Somalia to show restraint.",
		want: []string{"REQUEST KEN->ETH 2025-03-04 reported", "REQUEST KEN->SOM 2025-03-04 reported"},
	},
	{
		name: "en 'the three countries' are every pair of the last three-party act",
		lang: "en", published: pub,
		text: "The foreign ministers of Tajikistan, Turkmenistan and Uzbekistan met in Tashkent on Tuesday.\n\nThe three countries agreed to build a railway.",
		want: []string{"CONSULT TJK->TKM 2025-03-04 reported", "CONSULT TJK->UZB 2025-03-04 reported", "CONSULT TKM->UZB 2025-03-04 reported",
			"AGREE TJK<->TKM 2025-03-04 reported", "AGREE TJK<->UZB 2025-03-04 reported", "AGREE TKM<->UZB 2025-03-04 reported"},
	},
	{
		name: "id 'ketiga negara' with no three-party act before codes nothing",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Australia di Canberra, Selasa (4/3).\n\nKetiga negara sepakat membentuk patroli terkoordinasi.",
		want: []string{"CONSULT IDN->AUS 2025-03-04 reported"},
	},
	{
		name: "en a joint act names its parties after 'by'",
		lang: "en", published: pub,
		text: "The talks followed the first joint patrol by the Australian and Timorese navies in the Wetar Strait on Monday.",
		want: []string{"COOPERATE AUS<->TLS 2025-03-03 reported"},
	},
	{
		name: "id the one a note is handed to owns no note",
		lang: "id", published: pub,
		text: "Direktur Jenderal Asia Pasifik Kemlu RI Gita Maharani menyampaikan nota protes kepada Dubes Tiongkok Wang Lihua, Selasa (4/3).\n\nGita Maharani menyerahkan langsung nota protes kepada Dubes Wang.",
		want: []string{"ACCUSE IDN->CHN 2025-03-04 reported"},
	},
	{
		name: "en 'cannot accept' and 'denied that' reject the other side",
		lang: "en", published: pub,
		text: "South Korea summoned a Japanese diplomat on Monday over Tokyo's claim to the islets.\n\nJapan's top government spokesman said on Tuesday that Japan \"cannot accept\" Seoul's position.\n\nTokyo on Wednesday also denied that its coast guard had entered Korean waters.",
		want: []string{"ACCUSE KOR->JPN 2025-03-03 reported", "REJECT JPN->KOR 2025-03-04 reported", "REJECT JPN->KOR 2025-03-05 reported"},
	},
	{
		name: "id 'tidak akan mengakui' and 'menyangkal' reject",
		lang: "id", published: pub,
		text: "Kapal penjaga pantai China memasuki ZEE Indonesia di Natuna, Senin (3/3).\n\nPemerintah Indonesia pada Selasa (4/3) menegaskan tidak akan mengakui klaim China atas perairan itu.\n\nKedutaan Besar China pada Rabu (5/3) menyangkal tuduhan tersebut.",
		want: []string{"REJECT IDN->CHN 2025-03-04 reported", "REJECT CHN->IDN 2025-03-05 reported"},
	},
	{
		name: "id thanks given in the meeting with no one named go to the one met",
		lang: "id", published: pub,
		text: "Menteri Agama RI Yusuf Hamdani bertemu Menteri Haji Arab Saudi Tawfiq Al-Rabiah di Jeddah, Senin (3/3). Dalam pertemuan itu, Yusuf menyampaikan terima kasih atas layanan jalur cepat bagi jemaah.",
		want: []string{"CONSULT IDN->SAU 2025-03-03 reported", "SUPPORT IDN->SAU 2025-03-03 reported"},
	},
	{
		name: "id an immigration office deports each nationality of a counted list",
		lang: "id", published: pub,
		text: "DENPASAR - Kantor Imigrasi Ngurah Rai mendeportasi tiga warga negara asing, masing-masing dua warga negara Rusia dan seorang warga negara Nigeria, Senin (3/3).",
		want: []string{"COERCE IDN->RUS 2025-03-03 reported", "COERCE IDN->NGA 2025-03-03 reported"},
	},
	{
		name: "id a meeting named with its parties joined by dashes is between each pair, and so is 'ketiga negara'",
		lang: "id", published: pub,
		text: "Wakil Menteri Luar Negeri RI Laksmi Prameswari menjadi tuan rumah pertemuan trilateral Indonesia-Australia-Papua Nugini di Jayapura, Selasa (4/3).\n\nDalam pertemuan tersebut, ketiga negara sepakat membentuk patroli terkoordinasi.",
		want: []string{"CONSULT AUS->IDN 2025-03-04 reported", "CONSULT PNG->IDN 2025-03-04 reported", "CONSULT PNG->AUS 2025-03-04 reported",
			"AGREE AUS<->IDN 2025-03-04 reported", "AGREE AUS<->PNG 2025-03-04 reported", "AGREE IDN<->PNG 2025-03-04 reported",
			"COOPERATE AUS<->IDN - planned", "COOPERATE AUS<->PNG - planned", "COOPERATE IDN<->PNG - planned"},
	},
	{
		name: "en a participle describing a document after a comma is no act of the subject",
		lang: "en", published: pub,
		text: "On Tuesday, Brazil urged Caracas and Georgetown to honour the Argyle Declaration, signed on the island of St. Vincent in December 2023 by both sides.",
		want: []string{"REQUEST BRA->GUY 2025-03-04 reported", "REQUEST BRA->VEN 2025-03-04 reported"},
	},
	{
		name: "en units handed over are aid",
		lang: "en", published: pub,
		text: "On Tuesday, Singapore's foreign minister handed over 12 portable water purification units to Fiji.",
		want: []string{"AID SGP->FJI 2025-03-04 reported"},
	},
	{
		name: "en 'said in a statement on Tuesday that' opens what was said; agreements signed between two countries are no signing",
		lang: "en", published: pub,
		text: "Kuwait summoned Iraq's ambassador on Monday over the waterway.\n\nQatar's Ministry of Foreign Affairs said in a statement on Tuesday that the State of Qatar \"stands with Kuwait\" and called on Iraq to respect the agreements signed between the two countries.",
		want: []string{"ACCUSE KWT->IRQ 2025-03-03 reported", "SUPPORT QAT->KWT 2025-03-04 reported", "REQUEST QAT->IRQ 2025-03-04 reported"},
	},
	{
		name: "en two days joined by 'and' are the event's first and last",
		lang: "en", published: pub,
		text: "On Monday and Tuesday, an Indian navy ship and a Mozambican patrol boat carried out a joint patrol off Maputo.",
		want: []string{"COOPERATE IND<->MOZ 2025-03-03/2025-03-04 reported"},
	},
	{
		name: "id two days joined by 'dan' are the event's first and last",
		lang: "id", published: pub,
		text: "TNI AL dan Angkatan Laut Malaysia menggelar patroli terkoordinasi di Selat Malaka pada Senin dan Selasa.",
		want: []string{"COOPERATE IDN<->MYS 2025-03-03/2025-03-04 reported"},
	},
	{
		name: "id a capitalised trigger right after the dateline's dash starts the text",
		lang: "id", published: pub,
		text: "Surabaya - Latihan bersama (latma) Cakrawala Selatan 2025 antara TNI Angkatan Laut dan Royal Australian Navy resmi dibuka Kepala Staf Angkatan Laut Jepang di Surabaya, Senin (3/3).",
		want: []string{"COOPERATE AUS<->IDN 2025-03-03 reported"},
	},
	{
		name: "en money 'in budget support' describes aid, not backing by its recipient",
		lang: "en", published: pub,
		text: "Australia will provide Papua New Guinea with A$50 million in budget support, Foreign Minister Penny Wong announced on Tuesday.",
		want: []string{"AGREE AUS<->PNG 2025-03-04 reported"},
	},
	{
		name: "id a state that will respond firmly threatens",
		lang: "id", published: pub,
		text: "Kementerian Luar Negeri Cina, Rabu (5/3), menyatakan Beijing akan merespons dengan tegas langkah Filipina.",
		want: []string{"THREATEN CHN->PHL 2025-03-05 reported"},
	},
	{
		name: "id a request made in the meeting with no one named is made of the other side",
		lang: "id", published: pub,
		text: "Menteri Agama RI Yusuf Hamdani bertemu Menteri Haji Arab Saudi Tawfiq Al-Rabiah di Jeddah, Selasa (4/3).\n\nDalam pertemuan itu, Indonesia meminta tambahan kuota 20.000 jemaah.",
		want: []string{"CONSULT IDN->SAU 2025-03-04 reported", "REQUEST IDN->SAU 2025-03-04 reported"},
	},
	{
		name: "id denying that something happened answers the accuser",
		lang: "id", published: pub,
		text: "Thailand pada Senin (3/3) melayangkan protes keras kepada Kamboja setelah peluru artileri jatuh di wilayah Thailand.\n\nPada Selasa (4/3), juru bicara pemerintah Kamboja Sok Pheap membantah bahwa peluru itu berasal dari pasukan Kamboja.",
		want: []string{"ACCUSE THA->KHM 2025-03-03 reported", "REJECT KHM->THA 2025-03-04 reported"},
	},
	{
		name: "en rejecting what one calls an inaccurate account answers the accuser",
		lang: "en", published: pub,
		text: "Qatar accused Bahrain on Monday of seizing two Qatari fishing boats.\n\nBahrain's Foreign Ministry on Tuesday rejected what it called \"an inaccurate account of the incident\".",
		want: []string{"ACCUSE QAT->BHR 2025-03-03 reported", "REJECT BHR->QAT 2025-03-04 reported"},
	},
	{
		name: "id a state that says another's ships violated its waters accuses it; a relative clause accuses no one",
		lang: "id", published: pub,
		text: "Kemlu RI menyatakan kapal Vietnam melanggar ZEE Indonesia, Senin (3/3).\n\nPolisi Indonesia menangkap nelayan Thailand yang melanggar batas wilayah, Selasa (4/3).",
		want: []string{"ACCUSE IDN->VNM 2025-03-03 reported", "COERCE IDN->THA 2025-03-04 reported"},
	},
	{
		name: "en a state that says another's vessels violated its sovereignty accuses it",
		lang: "en", published: pub,
		text: "Manila said on Monday that Vietnamese vessels violated Philippine sovereignty.",
		want: []string{"ACCUSE PHL->VNM 2025-03-03 reported"},
	},
	{
		name: "en being ready or willing to work with the other side is a pledge to it",
		lang: "en", published: pub,
		text: "Chinese Foreign Minister Wang Lei met Zambian Foreign Minister Grace Mweemba in Beijing on Tuesday.\n\nWang said China is ready to work with Zambia to implement the summit's outcomes.",
		want: []string{"AGREE CHN<->ZMB 2025-03-04 reported", "CONSULT ZMB->CHN 2025-03-04 reported"},
	},
	{
		name: "id bersedia is a pledge",
		lang: "id", published: pub,
		text: "Menlu RI Sari Dewi bertemu Menlu Peru Ana Salazar di Lima, Selasa (4/3).\n\nDalam pertemuan itu, Peru bersedia membuka pasar kopi bagi Indonesia.",
		want: []string{"AGREE IDN<->PER 2025-03-04 reported", "CONSULT IDN->PER 2025-03-04 reported"},
	},
	{
		name: "en welcoming one's counterpart is receiving a visitor",
		lang: "en", published: pub,
		text: "Kenyan Foreign Minister Ruth Wanjiru welcomed her Ghanaian counterpart Kofi Asante to Nairobi on Tuesday.",
		want: []string{"CONSULT GHA->KEN 2025-03-04 reported"},
	},
	{
		name: "id a head of state receives credentials: the envoy is the visitor",
		lang: "id", published: pub,
		text: "Presiden Peru Ana Salazar menerima surat kepercayaan dari Duta Besar Indonesia Budi Hartono di Istana Pemerintah, Lima, Selasa (4/3).",
		want: []string{"CONSULT IDN->PER 2025-03-04 reported"},
	},
	{
		name: "en a headline's present 'asks' requests",
		lang: "en", published: pub,
		text: "Ghana asks Togo to release detained fishermen\n\nACCRA, March 4 (Reuters) - Ghana on Tuesday asked Togo to release 14 Ghanaian fishermen detained off Lome.",
		want: []string{"REQUEST GHA->TGO 2025-03-04 reported"},
	},
	{
		name: "id a modal before a verb joined by dan governs both: ready to share and to give is no aid given",
		lang: "id", published: pub,
		text: "Menlu Jepang Kenji Sato bertemu Menlu RI Sari Dewi di Tokyo, Selasa (4/3).\n\nSato menegaskan Jepang siap berbagi pengalaman dan memberikan bantuan teknis kepada Indonesia.",
		want: []string{"AGREE IDN<->JPN 2025-03-04 reported", "CONSULT IDN->JPN 2025-03-04 reported"},
	},
	{
		name: "en a mission that brought together companies and food firms gives no aid",
		lang: "en", published: pub,
		text: "The Thai trade mission to Hanoi on Tuesday brought together 40 Thai companies from the food and rice sectors and Vietnamese buyers.",
		want: nil,
	},
	{
		name: "en 'the ministers' after a meeting of two are both sides",
		lang: "en", published: pub,
		text: "Chilean Foreign Minister Pablo Rojas met Peruvian Foreign Minister Ana Salazar in Santiago on Tuesday.\n\nThe ministers agreed that trade should double.",
		want: []string{"AGREE CHL<->PER 2025-03-04 reported", "CONSULT PER->CHL 2025-03-04 reported"},
	},
	{
		name: "id berdiskusi, menyambangi, panggilan video and bertukar pandangan are meetings",
		lang: "id", published: pub,
		text: "Dubes RI untuk Peru Sari Dewi menyambangi kantor Gubernur Cusco Ana Salazar, Senin (3/3).\n\nMenlu RI Budi Hartono melakukan panggilan video dengan Menlu Chile Pablo Rojas, Selasa (4/3).\n\nMenlu RI Budi Hartono dan Menlu Kolombia Luis Vega bertukar pandangan mengenai situasi di Venezuela, Rabu (5/3).",
		want: []string{"CONSULT IDN->CHL 2025-03-04 reported", "CONSULT IDN->COL 2025-03-05 reported", "CONSULT IDN->PER 2025-03-03 reported"},
	},
	{
		name: "en a complaint lodged is an accusation",
		lang: "en", published: pub,
		text: "Japan lodged a complaint with China on Tuesday over the drills.",
		want: []string{"ACCUSE JPN->CHN 2025-03-04 reported"},
	},
	{
		name: "id menyampaikan keberatan is an accusation",
		lang: "id", published: pub,
		text: "Jepang menyampaikan keberatan kepada China atas latihan militer itu, Selasa (4/3).",
		want: []string{"ACCUSE JPN->CHN 2025-03-04 reported"},
	},
	{
		name: "en a signing at the end of the meeting is on the meeting's day",
		lang: "en", published: pub,
		text: "Chilean Interior Minister Pablo Rojas held talks with Peruvian Interior Minister Ana Salazar in Tacna on Tuesday.\n\nOn Wednesday, Rojas thanked Peru for its cooperation.\n\nAt the end of the meeting, the two ministers signed the minutes.",
		want: []string{"CONSULT CHL->PER 2025-03-04 reported", "SUPPORT CHL->PER 2025-03-05 reported", "SUPPORT CHL<->PER 2025-03-04 reported"},
	},
	{
		name: "en a country's fishermen or fishing boats stand for it; boarding them coerces",
		lang: "en", published: pub,
		text: "Malaysian authorities detained 12 Indonesian fishermen on Monday.\n\nVietnamese coast guard personnel boarded three Thai fishing boats on Tuesday.",
		want: []string{"COERCE MYS->IDN 2025-03-03 reported", "COERCE VNM->THA 2025-03-04 reported"},
	},
	{
		name: "en nationals arrested with no agent named: no one coerces",
		lang: "en", published: pub,
		text: "Three Chinese nationals were arrested during the raid in Manila on Monday, Philippine police said.",
		want: nil,
	},
	{
		name: "en a country's fishermen detained by another's police: the fishermen stand for their country",
		lang: "en", published: pub,
		text: "Twelve Thai fishermen were detained by Cambodian maritime police on Monday.",
		want: []string{"COERCE KHM->THA 2025-03-03 reported"},
	},
	{
		name: "en an undated lead takes the later day of the same kind told next, not the background's",
		lang: "en", published: "2025-03-07",
		text: "Estonia has demanded that Russia stop its sabotage in a deepening row.\n\nEstonia accused Russia on Saturday of jamming flights. Estonia's foreign ministry accused Russia again on Wednesday of cutting a cable.",
		want: []string{"ACCUSE EST->RUS 2025-03-01 reported", "ACCUSE EST->RUS 2025-03-05 reported", "REQUEST EST->RUS 2025-03-05 reported"},
	},
	{
		name: "id a stern warning launched at the other side threatens it; berdiri bersama supports",
		lang: "id", published: pub,
		text: "Pesawat tempur Rusia melanggar wilayah udara Estonia, Senin (3/3).\n\nJuru bicara Kementerian Luar Negeri Rusia Yelena Orlova melontarkan peringatan keras kepada Tallinn, Selasa (4/3).\n\nPresiden Latvia menegaskan Latvia berdiri bersama Estonia, Rabu (5/3).",
		want: []string{"SUPPORT LVA->EST 2025-03-05 reported", "THREATEN RUS->EST 2025-03-04 reported"},
	},
	{
		name: "id a body that acts is a side of the story: both officials are Indonesia's and the EU's, not a country named in passing",
		lang: "id", published: pub,
		text: "Indonesia dan Uni Eropa menyelesaikan perundingan dagang.\n\nMenteri Perdagangan RI Budi Santoso bertemu Komisioner Perdagangan Uni Eropa Lucas Berg di Bali, Selasa (4/3).\n\nSebelumnya Amerika Serikat menaikkan tarif impor sawit.\n\nDalam pertemuan itu, kedua pejabat sepakat mempercepat ratifikasi.",
		want: []string{"AGREE IDN<->IGO 2025-03-04 reported", "CONSULT IGO->IDN 2025-03-04 reported"},
	},
	{
		name: "id a signing noun with its document, then oleh A dan B: A and B sign",
		lang: "id", published: pub,
		text: "Perundingan ditandai dengan penandatanganan Pernyataan Bersama oleh Menteri Perdagangan RI Budi Santoso dan Menteri Perdagangan Peru Ana Salazar di Lima, Selasa (4/3).",
		want: []string{"SUPPORT IDN<->PER 2025-03-04 reported"},
	},
	{
		name: "en a joint exercise named with its pair of countries is between them",
		lang: "en", published: pub,
		text: "China and Japan held talks on Monday, and China thanked Japan.\n\nThe joint Thai-Cambodian military exercise began on Tuesday near Poipet.",
		want: []string{"CONSULT CHN->JPN 2025-03-03 reported", "COOPERATE KHM<->THA 2025-03-04 reported", "SUPPORT CHN->JPN 2025-03-03 reported"},
	},
	{
		name: "id a written statement's day is not the same day",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri RI Dyah Lestari bertemu dengan Menteri Luar Negeri Peru Ana Salazar di sela-sela KTT APEC di Lima, Senin (3/3).\n\n\"Peru mitra penting,\" kata Dyah dalam keterangan tertulis yang diterima di Jakarta, Rabu (5/3).\n\nPada hari yang sama, Dyah juga bertemu dengan Menteri Luar Negeri Chile Pablo Rojas.",
		want: []string{"CONSULT IDN->CHL 2025-03-03 reported", "CONSULT IDN->PER 2025-03-03 reported"},
	},
	{
		name: "id together with: both act; an operation the subjects hold",
		lang: "id", published: pub,
		text: "Polisi Diraja Malaysia (PDRM) bersama Kepolisian Nasional Filipina (PNP) menggagalkan penyelundupan senjata dalam operasi gabungan di perairan Sulu, Rabu (5/3).",
		want: []string{"COOPERATE MYS<->PHL 2025-03-05 reported"},
	},
	{
		name: "en talks after which a package is announced are the subject's; signed after the meeting; a statement's day does not date the talks",
		lang: "en", published: pub,
		text: "Korean Foreign Minister Park Ji-hoon announced the loans on Tuesday after talks in Accra with his Ghanaian counterpart, Kofi Mensah. Park and Mensah signed the exchange of notes after the meeting.\n\nPark also held talks with Ghanaian Vice President Ama Owusu, according to a statement released by the Korean embassy on Thursday.",
		want: []string{"CONSULT KOR->GHA 2025-03-04 reported", "SUPPORT GHA<->KOR 2025-03-04 reported"},
	},
	{
		name: "id two offices joined by a slash, an abbreviation and the name; kunjungan kerja is no portfolio",
		lang: "id", published: pub,
		text: "Jakarta, CNBC Indonesia - Komitmen itu disampaikan dalam kunjungan kerja Menteri Perindustrian/Kepala BPIN Dodi Kurniawan ke Chile. Pada Selasa (4/3), Dodi bertemu Menteri Ekonomi Chile Pablo Rojas di Santiago untuk membahas perdagangan.",
		want: []string{"CONSULT IDN->CHL 2025-03-04 reported"},
	},
	{
		name: "en each other: both accuse; a relative clause between commas holds no subject",
		lang: "en", published: pub,
		text: "Armenia and Azerbaijan accused each other on Tuesday of shelling border villages.\n\nFrance, which has embassies in both countries, called on the two governments on Tuesday to show restraint.",
		want: []string{"ACCUSE ARM->AZE 2025-03-04 reported", "ACCUSE AZE->ARM 2025-03-04 reported", "REQUEST FRA->ARM 2025-03-04 reported", "REQUEST FRA->AZE 2025-03-04 reported"},
	},
	{
		name: "en both navies held a joint search-and-rescue drill; closed-door talks; a place in a relative clause is not the talks'",
		lang: "en", published: pub,
		text: "A French Navy frigate arrived in Da Nang on Monday for a four-day visit to Vietnam, and its captain met Vietnamese Navy officers.\n\nBoth navies held a joint search-and-rescue drill off Da Nang on Wednesday.\n\nOn Thursday the two commanders held closed-door talks on the pipeline, which carries gas to plants in France.",
		want: []string{"CONSULT FRA->VNM 2025-03-03 reported", "CONSULT FRA->VNM 2025-03-06 reported", "COOPERATE FRA<->VNM 2025-03-05 reported"},
	},
	{
		name: "en a year far on in the clause dates the memorandum, not the agreeing; a year after 'after' makes it background",
		lang: "en", published: pub,
		text: "Indian and Vietnamese coast guard commanders met in Da Nang on Tuesday. At the meeting, both sides agreed to continue implementing the memorandum of understanding signed between the two coast guards in 2015.\n\nIndia sent troops to Vietnam after border clashes killed hundreds of people in 2017.",
		want: []string{"AGREE IND<->VNM 2025-03-04 reported", "CONSULT IND->VNM 2025-03-04 reported", "MOBILIZE IND->VNM - reported", "SUPPORT IND<->VNM - reported"},
	},
	{
		name: "en troops sent to help or named as a thing mobilise against no one",
		lang: "en", published: pub,
		text: "Japan deployed a disaster relief team to the Philippines on Tuesday. Both sides agreed to expand the number of Japanese police officers deployed in Manila.",
		want: []string{"AGREE JPN<->PHL 2025-03-04 reported"},
	},
	{
		name: "en on the day of arrival: the day the ship docked",
		lang: "en", published: pub,
		text: "The Indian Coast Guard ship Varad docked at Tien Sa Port in Da Nang on Monday. Indian and Vietnamese coast guards held a joint exercise on Wednesday.\n\nEarlier, on the day of arrival, the ship's commander, Deputy Inspector General Rohit Sen, paid a courtesy call on Vietnamese Coast Guard Region 2 commander Major General Nguyen Van Binh.",
		want: []string{"CONSULT IND->VNM 2025-03-03 reported", "COOPERATE IND<->VNM 2025-03-05 reported"},
	},
	{
		name: "en a paragraph that opens 'Hours later' is on the day named before",
		lang: "en", published: pub,
		text: "Estonia's foreign minister told reporters on Thursday that the border drills worried Tallinn.\n\nHours later, Moscow struck back. Russia's Foreign Ministry said it had declared an Estonian diplomat persona non grata.",
		want: []string{"SANCTION RUS->EST 2025-03-06 reported"},
	},
	{
		name: "id the day a quote was spoken does not date what it tells",
		lang: "id", published: pub,
		text: "Menteri Pertahanan RI Agus Wibowo menerima kunjungan Duta Besar Italia untuk Indonesia Marco Bellini di Jakarta, Selasa (4/3).\n\n\"Kedua belah pihak sepakat mempercepat program alih teknologi,\" kata juru bicara Kemhan Dedi Kurnia dalam keterangan tertulis, Kamis (6/3).",
		want: []string{"AGREE IDN<->ITA 2025-03-04 reported", "CONSULT ITA->IDN 2025-03-04 reported"},
	},
	{
		name: "id a meeting in a third country's unknown city has no host at the dateline",
		lang: "id", published: pub,
		text: "Bisnis.com, JAKARTA — Kesepakatan itu dicapai dalam pertemuan bilateral antara Wakil Menteri Perdagangan Ratih Kusuma dan Wakil Menteri Perdagangan Meksiko Luis Carvajal di sela Pertemuan Menteri APEC di Gyeongju, Korea Selatan, Selasa (4/3).",
		want: []string{"AGREE IDN<->MEX 2025-03-04 reported", "CONSULT IDN->MEX 2025-03-04 reported"},
	},
	{
		name: "id a meeting after 'dan' is the clause's person's, not the object's before it; Kemarin is no name",
		lang: "id", published: pub,
		text: "Menteri Kesehatan Brasil Ana Moura tiba di Jakarta, Selasa (4/3).\n\nKemarin, Moura meninjau fasilitas PT Bio Farma di Bandung dan bertemu dengan Direktur Utama Bio Farma Dimas Prakoso.",
		want: []string{"CONSULT BRA->IDN 2025-03-04 reported", "CONSULT BRA->IDN 2025-03-06 reported"},
	},
	{
		name: "id the joint operation told again at the head of its sentence is the story's two sides'",
		lang: "id", published: pub,
		text: "Bareskrim Polri bersama Komisi Kejahatan Ekonomi Nigeria membongkar sindikat penipuan daring.\n\nOperasi gabungan itu digelar serentak di Tangerang dan di Lagos, Nigeria, Senin (3/3).",
		want: []string{"COOPERATE IDN<->NGA 2025-03-03 reported"},
	},
	{
		name: "en 'the Minister held talks with X': the title is not X",
		lang: "en", published: pub,
		text: "External Affairs Minister Arjun Rao met Nigerian Foreign Minister Yusuf Bello in New York on Monday, and Indian officials said the talks went well.\n\nOn Wednesday, the Minister held talks with Bello again, covering energy security.",
		want: []string{"CONSULT IND->NGA 2025-03-03 reported", "CONSULT IND->NGA 2025-03-05 reported"},
	},
	{
		name: "id a protest after a light verb ('melayangkan protes') and a deputy chief of mission summoned",
		lang: "id", published: pub,
		text: "Pemerintah Filipina melayangkan protes diplomatik kepada China, Senin (3/3). Departemen Luar Negeri Filipina pada Selasa (4/3) memanggil wakil kepala misi Kedutaan Besar China di Manila.",
		want: []string{"ACCUSE PHL->CHN 2025-03-03 reported", "ACCUSE PHL->CHN 2025-03-04 reported"},
	},
	{
		name: "en portfolio lists: 'Minister of Trade, Industry and Energy X', 'Minister of Agriculture and Animal Resources X'",
		lang: "en", published: pub,
		text: "Vietnamese Minister of Industry and Trade Le Van Minh held a video conference with Korean Minister of Trade, Industry and Energy Park Seong-ho on Tuesday. Park thanked the Vietnamese Government for creating favourable conditions.\n\nChina handed over medical equipment to Rwandan Minister of Agriculture and Animal Resources Jeanne Mukamana on Tuesday. Mukamana thanked the Chinese government for the donation.",
		want: []string{"AID CHN->RWA 2025-03-04 reported", "CONSULT VNM->KOR 2025-03-04 reported", "SUPPORT KOR->VNM 2025-03-04 reported", "SUPPORT RWA->CHN 2025-03-04 reported"},
	},
	{
		name: "en the antecedent of 'who' is the subject though a preposition governs it",
		lang: "en", published: pub,
		text: "On Tuesday, President Omar Haddad of Tunisia received a phone call from Senegalese President Amadou Fall, who thanked Tunisia for its swift response.",
		want: []string{"CONSULT SEN->TUN 2025-03-04 reported", "SUPPORT SEN->TUN 2025-03-04 reported"},
	},
	{
		name: "en reserving the right to respond threatens the story's other side",
		lang: "en", published: pub,
		text: "Norway expelled two Iranian diplomats on Tuesday.\n\nIranian foreign ministry spokesman Ali Rezaei said on Wednesday that Iran reserves the right to respond reciprocally.",
		want: []string{"SANCTION NOR->IRN 2025-03-04 reported", "THREATEN IRN->NOR 2025-03-05 reported"},
	},
	{
		name: "en a demand for a release is made of the story's other side; a headline's comma joins verbs of one subject",
		lang: "en", published: pub,
		text: "Chile summons Bolivian envoy, demands release of detained officers\n\nSANTIAGO, March 5 (Reuters) - Chilean Foreign Minister Ana Soto on Tuesday accused Bolivian border guards of detaining three Chilean police officers and demanded their immediate release.",
		want: []string{"ACCUSE CHL->BOL 2025-03-04 reported", "REQUEST CHL->BOL 2025-03-04 reported"},
	},
	{
		name: "id a fugitive handed over is judicial cooperation, dated by the handover two sentences on",
		lang: "id", published: pub,
		text: "Jakarta - Polri menyerahkan seorang buronan asal Jepang kepada Kepolisian Nasional Jepang. Buronan itu merupakan otak jaringan penipuan daring.\n\nPenyerahan dilakukan di Bandara Soekarno-Hatta, Tangerang, kemarin.",
		want: []string{"COOPERATE IDN<->JPN 2025-03-06 reported"},
	},
	{
		name: "en a visit wrapped up on a day began N-1 days before; during the call is not the statement's day",
		lang: "en", published: pub,
		text: "MANILA (PNA) -- Two Indian Navy ships wrapped up a three-day goodwill visit to Manila on Wednesday.\n\nOn Monday, Rear Adm. Vikram Rao paid a courtesy call on Philippine Navy chief Vice Adm. Ramon Diaz. During the call, both sides agreed to expand staff talks, the Philippine Navy said in a statement on Thursday.",
		want: []string{"AGREE IND<->PHL 2025-03-03 reported", "CONSULT IND->PHL 2025-03-03/2025-03-05 reported"},
	},
	{
		name: "en a call made to express solidarity expresses it; stands with",
		lang: "en", published: pub,
		text: "Later on Monday, Somali Foreign Minister Ali Warsame made a phone call to Saeed Nuaimi, Minister of State at the UAE Ministry of Foreign Affairs, to express his government's solidarity.\n\nOn Tuesday, Japan's foreign minister said Japan stands with the Philippines.",
		want: []string{"CONSULT SOM->ARE 2025-03-03 reported", "SUPPORT JPN->PHL 2025-03-04 reported", "SUPPORT SOM->ARE 2025-03-03 reported"},
	},
	{
		name: "en duties named again in a later sentence give their day; reserving the right to take measures threatens",
		lang: "en", published: pub,
		text: "Thailand has imposed anti-dumping duties on steel from China.\n\nChina accused Thailand of protectionism.\n\nThe duties, published in the Royal Gazette on Monday, take effect immediately.\n\nA Chinese commerce ministry statement said China reserves the right to take necessary measures.",
		want: []string{"ACCUSE CHN->THA 2025-03-03 reported", "SANCTION THA->CHN 2025-03-03 reported", "THREATEN CHN->THA 2025-03-03 reported"},
	},
	{
		name: "en an attack named as a thing is not the subject's; suspending talks is a sanction",
		lang: "en", published: pub,
		text: "Pakistan on Monday suspended talks with Afghanistan after a deadly cross-border attack on a border post.",
		want: []string{"SANCTION PAK->AFG 2025-03-03 reported"},
	},
	{
		name: "en 'in what it called a response' is no phone call",
		lang: "en", published: pub,
		text: "Germany on Thursday expelled a diplomat from the Russian Embassy in Berlin, the Federal Foreign Office said, in what it called a response to Russia's expulsion of a German embassy employee.",
		want: []string{"SANCTION DEU->RUS 2025-03-06 reported"},
	},
	{
		name: "en 'as they met' are both sides; 'during which he called on' is the subject's",
		lang: "en", published: pub,
		text: "VIENTIANE, March 7 (Kyodo) -- Japanese Foreign Minister Kenji Mori and South Korean Foreign Minister Park Sung-min agreed Friday to strengthen coordination, as they met on the sidelines of ASEAN meetings.\n\nLater in the day, Mori held talks with Chinese Foreign Minister Xu Guo, during which he called on Beijing to lift its ban on seafood.",
		want: []string{"AGREE JPN<->KOR 2025-03-07 reported", "CONSULT JPN->CHN 2025-03-07 reported", "CONSULT JPN->KOR 2025-03-07 reported", "REQUEST JPN->CHN 2025-03-07 reported"},
	},
	{
		name: "en an office right after a body the text places is that body's",
		lang: "en", published: pub,
		text: "The Indonesian National Police and the Australian Federal Police (AFP) will share intelligence.\n\nAustralian Federal Police Commissioner Rachel Dunn paid a visit to Indonesian National Police chief Gen. Budi Hartono at the force's headquarters in South Jakarta on Tuesday.",
		want: []string{"CONSULT AUS->IDN 2025-03-04 reported"},
	},
	{
		name: "en a researcher's warning is no threat between the story's countries",
		lang: "en", published: pub,
		text: "Australian police chief Anna Reid met Indonesian police chief Budi Santoso in Jakarta on Tuesday.\n\nMigration researcher Lina Marbun of the University of Indonesia warned that crackdowns alone would not stop people smuggling.",
		want: []string{"CONSULT AUS->IDN 2025-03-04 reported"},
	},
	{
		name: "en warned of countermeasures against two countries: a threat to each",
		lang: "en", published: pub,
		text: "North Korea warned Wednesday it will take decisive countermeasures against South Korea and the United States over their air drills.",
		want: []string{"THREATEN PRK->KOR 2025-03-05 reported", "THREATEN PRK->USA 2025-03-05 reported"},
	},
	{
		name: "en an ongoing activity named as what a threat is about",
		lang: "en", published: pub,
		text: "North Korea warned Wednesday it will take decisive countermeasures against South Korea and the United States over their combined air exercise.",
		want: []string{"COOPERATE KOR<->USA - reported", "THREATEN PRK->KOR 2025-03-05 reported", "THREATEN PRK->USA 2025-03-05 reported"},
		skip: "the activity takes the day of the threat; the day it began is not told",
	},
	{
		name: "id activists staging a protest action in front of an embassy protest against its country",
		lang: "id", published: pub,
		text: "Jakarta - Puluhan aktivis dari Serikat Buruh Migran Indonesia menggelar aksi unjuk rasa di depan Kedutaan Besar Malaysia di Jakarta, Jumat (7/3).",
		want: []string{"PROTEST IDN->MYS 2025-03-07 reported"},
	},
	{
		name: "id ships sent for a joint exercise are no mobilisation against the partner",
		lang: "id", published: pub,
		text: "Kapal perang TNI AL dan Angkatan Laut India berlayar beriringan dalam latihan bersama di perairan Sabang, Senin (3/3). Angkatan Laut India mengirim dua kapal fregat. Sementara TNI AL mengerahkan KRI Sultan Hasanuddin.",
		want: []string{"COOPERATE IDN<->IND 2025-03-03 reported"},
	},
	{
		name: "en release of detained people is a retreat (CAMEO 0841)",
		lang: "en", published: pub,
		text: "Myanmar authorities on Wednesday released 18 Thai fishermen detained since November near Kawthaung.",
		want: []string{"RETREAT MMR->THA 2025-03-05 reported"},
	},
	{
		name: "id release of detained people is a retreat",
		lang: "id", published: pub,
		text: "Otoritas Malaysia membebaskan sembilan nelayan Indonesia pada Rabu (5/3).",
		want: []string{"RETREAT MYS->IDN 2025-03-05 reported"},
	},
	{
		name: "en what demonstrators denounce is their cry, not the embassy's act; protesters as a noun demonstrate",
		lang: "en", published: pub,
		text: "DHAKA - Several hundred Bangladeshi students demonstrated outside the Indian High Commission in Dhaka on Tuesday, protesting the killing of a teenager by Indian border guards.\n\nIn Seoul, protesters gathered outside the Japanese embassy on Tuesday, demanding compensation for forced labourers.",
		want: []string{"PROTEST BGD->IND 2025-03-04 reported", "PROTEST KOR->JPN 2025-03-04 reported"},
	},
	{
		name: "id what demonstrators reject after a comma is their cry",
		lang: "id", published: pub,
		text: "Puluhan mahasiswa berunjuk rasa di depan Kedutaan Besar Australia di Jakarta, Selasa (4/3), menolak rencana perluasan pangkalan militer Amerika Serikat di Darwin.",
		want: []string{"PROTEST IDN->AUS 2025-03-04 reported"},
	},
	{
		name: "id a spokesperson with no name is no talks; a meeting called off did not happen",
		lang: "id", published: pub,
		text: "Indonesia dan Jepang dijadwalkan menandatangani perjanjian kerja sama maritim bulan depan di Tokyo, kata juru bicara Kementerian Pertahanan.\n\nPertemuan antara Menteri Pertahanan RI dan Menteri Pertahanan Australia yang semula dijadwalkan Senin (3/3) batal digelar karena cuaca buruk.",
		want: []string{"CONSULT IDN->AUS - negated", "SUPPORT IDN<->JPN - planned"},
	},
	{
		name: "en talks named as the subject and then called off did not take place",
		lang: "en", published: pub,
		text: "Talks between Thai Foreign Minister Somchai Rattana and his Cambodian counterpart Sok Vannak were called off on Monday after the border clash.",
		want: []string{"CONSULT THA->KHM 2025-03-03 negated"},
	},
	{
		name: "en a minister who flew in for talks holds them; a fugitive handed over is judicial cooperation",
		lang: "en", published: pub,
		text: "PHNOM PENH (Reuters) - Thai Foreign Minister Somchai Rattana flew into Phnom Penh on Tuesday for talks with his Cambodian counterpart Sok Vannak on border checkpoints.\n\nSeparately, Thai police handed over a South Korean fugitive wanted for fraud to Korean officers at Suvarnabhumi airport on Tuesday.",
		want: []string{"CONSULT THA->KHM 2025-03-04 reported", "COOPERATE KOR<->THA 2025-03-04 reported"},
	},
	{
		name: "id an Indonesian office unplaced in an Indonesian story is Indonesia's; a fugitive handed over",
		lang: "id", published: pub,
		text: "Tangerang - Direktorat Jenderal Imigrasi menyerahkan seorang buronan asal Thailand kepada Kepolisian Kerajaan Thailand di Bandara Soekarno-Hatta, Selasa (4/3).",
		want: []string{"COOPERATE IDN<->THA 2025-03-04 reported"},
	},
	{
		name: "id money in a currency's name is an aid object; whatever is granted is aid",
		lang: "id", published: pub,
		text: "Padang - Pemerintah Australia menyumbangkan 2 juta dolar Australia untuk penanganan banjir bandang di Sumatera Barat, Selasa (4/3).\n\nPemerintah Jepang menghibahkan sebuah kapal patroli sepanjang 60 meter kepada Bakamla RI dalam upacara di Batam, Selasa (4/3).",
		want: []string{"AID AUS->IDN 2025-03-04 reported", "AID JPN->IDN 2025-03-04 reported"},
	},
	{
		name: "en a joint search by ships two adjectives name is their countries' cooperation",
		lang: "en", published: pub,
		text: "BATAM - Singaporean and Indonesian naval ships conducted a joint search for a missing fishing boat in the Singapore Strait on Tuesday.",
		want: []string{"COOPERATE IDN<->SGP 2025-03-04 reported"},
	},
	{
		name: "id a Malaysian department (Jabatan) is an institution; a joint sea patrol cooperates",
		lang: "id", published: pub,
		text: "Dumai - Bea Cukai RI dan Jabatan Kastam Diraja Malaysia menggelar patroli laut bersama di Selat Malaka, Selasa (4/3), untuk menekan penyelundupan.",
		want: []string{"COOPERATE IDN<->MYS 2025-03-04 reported"},
	},
	{
		name: "en the month May before a day is no modal",
		lang: "en", published: "2025-05-16",
		text: "BANGKOK - Thailand's parliament on May 14 ratified the free trade agreement with Sri Lanka, clearing the way for tariff cuts.",
		want: []string{"SUPPORT THA->LKA 2025-05-14 reported"},
	},
	{
		name: "en a denial whose phrase holds the allegation answers the accuser; throwing weight behind a bid backs it",
		lang: "en", published: pub,
		text: "BANGKOK - Thailand accused Cambodia on Monday of laying fresh mines along the border. Phnom Penh denied the allegation on Tuesday.\n\nSeparately, Chile on Tuesday threw its weight behind New Zealand's bid for a Security Council seat.",
		want: []string{"ACCUSE THA->KHM 2025-03-03 reported", "REJECT KHM->THA 2025-03-04 reported", "SUPPORT CHL->NZL 2025-03-04 reported"},
	},
	{
		name: "en a pledge or an accepted invitation with no one named goes to the country it is directed to",
		lang: "en", published: pub,
		text: "ASMARA - Russia pledged on Tuesday to ship 50,000 tonnes of free wheat to Eritrea by the end of the year.\n\nSANTIAGO - Chilean Foreign Minister Andres Ruiz on Tuesday accepted an invitation to visit Canberra later this year.",
		want: []string{"AGREE AUS<->CHL 2025-03-04 reported", "AGREE ERI<->RUS 2025-03-04 reported"},
	},
	{
		name: "en aid suspended and imports banned sanction; troops moved mobilise; an amnesty concedes",
		lang: "en", published: pub,
		text: "The Netherlands suspended development aid to Niger on Tuesday.\n\nIndia moved additional troops to forward positions along the border with Pakistan on Tuesday.\n\nVietnam on Tuesday granted amnesty to three Australian citizens.",
		want: []string{"CONCEDE VNM->AUS 2025-03-04 reported", "MOBILIZE IND->PAK 2025-03-04 reported", "SANCTION NLD->NER 2025-03-04 reported"},
	},
	{
		name: "id an ambassador called home sanctions; a lifted moratorium concedes",
		lang: "id", published: pub,
		text: "Pemerintah Kamboja memanggil pulang duta besarnya untuk Thailand, Selasa (4/3).\n\nPemerintah Indonesia mencabut moratorium penempatan pekerja migran ke Arab Saudi, Selasa (4/3).",
		want: []string{"CONCEDE IDN->SAU 2025-03-04 reported", "SANCTION KHM->THA 2025-03-04 reported"},
	},
	{
		name: "id an attack launched on a country's cities under its dateline assaults it",
		lang: "id", published: pub,
		text: "Kyiv - Rusia melancarkan serangan rudal dan drone ke sejumlah kota di Ukraina, Selasa (4/3).",
		want: []string{"ASSAULT RUS->UKR 2025-03-04 reported"},
	},
	{
		name: "id the next day and the day before count from the last day named, not from a statement's day",
		lang: "id", published: "2025-11-01",
		text: "Menteri Perdagangan RI Faisal Rahman bertemu Menteri Perdagangan Korea Selatan Kim Jae-won di Seoul, Selasa (28/10/2025).\n\n\"Kerja sama ini sangat penting,\" ujar Faisal dalam keterangan resmi, Jumat (31/10/2025).\n\nKeesokan harinya, Faisal bertemu Menteri Perdagangan Kanada Marie Gagnon.\n\nSehari sebelumnya, Faisal tiba di Seoul dan bertemu Duta Besar Jepang untuk Korea Selatan Hiroshi Ueda.",
		want: []string{"CONSULT IDN->CAN 2025-10-29 reported", "CONSULT IDN->JPN 2025-10-27 reported", "CONSULT IDN->KOR 2025-10-27 reported", "CONSULT IDN->KOR 2025-10-28 reported"},
	},
	{
		name: "en later the same day is a later hour of a day told, not the future",
		lang: "en", published: pub,
		text: "TASHKENT - Kazakh Prime Minister Yerlan Suleimenov held talks with his Uzbek counterpart Jamshid Tursunov on Monday. Later the same day Suleimenov was received by Uzbek President Botir Rakhimov.",
		want: []string{"CONSULT KAZ->UZB 2025-03-03 reported"},
	},
	{
		name: "en a headline's envoy who calls on presidents visits; after a report's source, a verb joined by and has the clause's subject",
		lang: "en", published: "2025-03-07",
		text: "New Philippine envoy calls on Cambodian Senate president\n\nPHNOM PENH - The Philippine Ambassador to Cambodia, Teresita Ramos, met Senate President Samdech Hok Chanra on Thursday.\n\nAccording to Senate spokesman Mam Bunheng, Samdech Hok Chanra briefed the ambassador on the Senate's work and asked the Philippines to encourage more investors.",
		want: []string{"CONSULT PHL->KHM 2025-03-06 reported", "REQUEST KHM->PHL 2025-03-06 reported"},
	},
	{
		name: "en calls on a person with no infinitive after is a courtesy call",
		lang: "en", published: "2025-03-07",
		text: "PHNOM PENH - The new Philippine Ambassador to Cambodia calls on Cambodian Senate President Hok Chanra.",
		want: []string{"CONSULT PHL->KHM - reported"},
	},
	{
		name: "en a plan as a thing signed is no planning; planning to act is",
		lang: "en", published: pub,
		text: "The 2025 education cooperation plan was signed in Vientiane on Tuesday by Lao Education Minister Sengphet Inthavong and Vietnamese Education Minister Pham Quang Thinh.\n\nThailand plans to sign a fisheries deal with Vietnam next month.",
		want: []string{"SUPPORT LAO<->VNM 2025-03-04 reported", "SUPPORT THA<->VNM - planned"},
	},
	{
		name: "en an arrival told in a relative clause is no anchor for the story's undated events; the talks before the signing are on the signing's day",
		lang: "en", published: "2025-03-10",
		text: "Laos, Vietnam sign education plan\n\nThe plan was signed in Vientiane on Friday by Lao Education Minister Sengphet Inthavong and Vietnamese Education Minister Pham Quang Thinh, who arrived in Vientiane on Thursday for a three-day official visit.\n\nBefore the signing, the two ministers held talks at the ministry.\n\nSengphet thanked Vietnam for its assistance to Lao education.",
		want: []string{"CONSULT VNM->LAO 2025-03-06 reported", "CONSULT VNM->LAO 2025-03-07 reported", "SUPPORT LAO->VNM 2025-03-07 reported", "SUPPORT LAO<->VNM 2025-03-07 reported"},
	},
	{
		name: "a joint activity a signed document is about is agreed on, not done",
		lang: "en", published: pub,
		text: "TASHKENT - The energy ministers of Kyrgyzstan and Uzbekistan signed an agreement on Tuesday on the joint construction and operation of a hydropower plant.",
		want: []string{"SUPPORT KGZ<->UZB 2025-03-04 reported"},
	},
	{
		name: "id a joint activity an MoU is about is agreed on, not done",
		lang: "id", published: pub,
		text: "Kapolri dan Kepala Kepolisian Thailand menandatangani nota kesepahaman tentang pertukaran informasi kriminal di Jakarta, Selasa (4/3).",
		want: []string{"SUPPORT IDN<->THA 2025-03-04 reported"},
	},
	{
		name: "en a joint patrol of n days wrapped up on a day began n-1 days before",
		lang: "en", published: pub,
		text: "PORT BLAIR - The navies of India and Thailand wrapped up a three-day coordinated patrol along their maritime boundary on Tuesday.",
		want: []string{"COOPERATE IND<->THA 2025-03-02/2025-03-04 reported"},
	},
	{
		name: "id a span written with two weekdays dates the event over its days and the story's undated events by its first",
		lang: "id", published: "2025-03-08",
		text: "TNI AL dan Angkatan Laut India menggelar latihan bersama di Laut Andaman. Latihan berlangsung mulai Senin (3/3/2025) hingga Jumat (7/3/2025).\n\nKomandan gugus tugas India melakukan kunjungan kehormatan kepada Panglima Koarmada I. Kedua pihak sepakat memperluas latihan tahun depan.",
		want: []string{"AGREE IDN<->IND 2025-03-03 reported", "CONSULT IND->IDN 2025-03-03 reported", "COOPERATE IDN<->IND 2025-03-03/2025-03-07 reported"},
	},
	{
		name: "id a joint commission's session is a meeting of its two countries",
		lang: "id", published: "2025-06-06",
		text: "MANILA, KOMPAS.com - Indonesia dan Filipina menggelar Sidang Komisi Bersama untuk Kerja Sama Bilateral (JCBC) ke-9 di Manila, Filipina, pada 3 hingga 5 Juni 2025.",
		want: []string{"CONSULT IDN->PHL 2025-06-03/2025-06-05 reported"},
	},
	{
		name: "en every member of a list of three acts on a fourth, and the three countries are the three who acted",
		lang: "en", published: pub,
		text: "MANILA - Philippine Foreign Secretary Antonio Reyes, Japanese Foreign Minister Kenta Mori and US Secretary of State Daniel Cole on Tuesday condemned China for the water cannon attacks.\n\nThe three countries agreed to expand joint maritime activities.",
		want: []string{"ACCUSE JPN->CHN 2025-03-04 reported", "ACCUSE PHL->CHN 2025-03-04 reported", "ACCUSE USA->CHN 2025-03-04 reported", "AGREE JPN<->PHL 2025-03-04 reported", "AGREE JPN<->USA 2025-03-04 reported", "AGREE PHL<->USA 2025-03-04 reported"},
	},
	{
		name: "id an attack condemned with its attacker, the country it struck and its day is an assault of its own",
		lang: "id", published: pub,
		text: "Jakarta, CNN Indonesia -- Pemerintah Indonesia mengecam keras serangan udara Israel yang menghantam sebuah sekolah di Gaza pada Minggu (2/3).",
		want: []string{"ACCUSE IDN->ISR 2025-03-02 reported", "ASSAULT ISR->PSE 2025-03-02 reported"},
	},
	{
		name: "id a numbered joint session is the story's two sides meeting",
		lang: "id", published: pub,
		text: "Kupang - Indonesia dan Timor-Leste sepakat mempercepat survei demarkasi. Kesepakatan itu dicapai dalam sidang ke-9 Komite Perbatasan Bersama RI-RDTL yang digelar di Kupang, Selasa (4/3).",
		want: []string{"AGREE IDN<->TLS 2025-03-04 reported", "CONSULT TLS->IDN 2025-03-04 reported"},
	},
	{
		name: "id a meeting between a delegation led by X and Y; Komisaris Jenderal is a rank",
		lang: "id", published: pub,
		text: "Kesepakatan itu dicapai dalam pertemuan antara delegasi Polri yang dipimpin Kadiv Hubinter Polri Irjen Hendro Pamungkas dengan Komisaris Jenderal Kepolisian Nasional Kamboja Jenderal Neth Vantha di Phnom Penh, Selasa (4/3).",
		want: []string{"AGREE IDN<->KHM 2025-03-04 reported", "CONSULT IDN->KHM 2025-03-04 reported"},
	},
	{
		name: "id bertolak is to set off, not to refuse",
		lang: "id", published: pub,
		text: "Duta Besar RI untuk Vietnam Yudha Nasution bertolak ke Ho Chi Minh City, Selasa (4/3). Kedutaan Besar Vietnam menolak klaim Indonesia, Rabu (5/3).",
		want: []string{"REJECT VNM->IDN 2025-03-05 reported"},
	},
	{
		name: "id a country's act condemned in the passive is that country's, not the body it acted on",
		lang: "id", published: pub,
		text: "Jakarta - Langkah Israel melarang operasi UNRWA di Yerusalem Timur dikecam keras oleh Pemerintah Indonesia, Selasa (4/3).",
		want: []string{"ACCUSE IDN->ISR 2025-03-04 reported"},
	},
	{
		name: "en lifting a travel ban concedes; a phone conversation is a call",
		lang: "en", published: pub,
		text: "Tonga lifted its travel ban on arrivals from Fiji on Wednesday. Kenyan President Samuel Kiptoo held a phone conversation with Malawian President John Banda on Wednesday.",
		want: []string{"CONCEDE TON->FJI 2025-03-05 reported", "CONSULT KEN->MWI 2025-03-05 reported"},
	},
	{
		name: "en a signing and thanks the same day are two supports: the signing undirected, the thanks directed",
		lang: "en", published: pub,
		text: "Fiji and Japan signed a grant agreement in Suva on Tuesday. Fijian Prime Minister Sitiveni Rokoua thanked Japan for the grant on Tuesday.",
		want: []string{"SUPPORT FJI->JPN 2025-03-04 reported", "SUPPORT FJI<->JPN 2025-03-04 reported"},
	},
	// Joint activities with modifiers, told again, and habits.
	{
		name: "en joint activity with modifiers between",
		lang: "en", published: pub,
		text: "Thai and Malaysian navies held a coordinated maritime patrol in the Strait of Malacca on Tuesday.",
		want: []string{"COOPERATE MYS<->THA 2025-03-04 reported"},
	},
	{
		name: "en activity told again in a relative clause",
		lang: "en", published: pub,
		text: "The navies of Vietnam and Cambodia have wrapped up a coordinated patrol in the Gulf of Thailand.\n\nThe patrol, which ran from March 3 to March 5, covered 400 nautical miles.",
		want: []string{"COOPERATE KHM<->VNM 2025-03-03/2025-03-05 reported"},
	},
	{
		name: "en annual activity is a habit",
		lang: "en", published: pub,
		text: "The armies of Brunei and Singapore hold an annual joint exercise in the jungle.",
		want: []string{"COOPERATE BRN<->SGP - reported"},
	},
	{
		name: "en this round of an annual activity concluded",
		lang: "en", published: pub,
		text: "The navies of Vietnam and Cambodia have concluded their annual coordinated patrol in the Gulf of Thailand.\n\nThe patrol, which ran from March 3 to March 5, covered 400 nautical miles.",
		want: []string{"COOPERATE KHM<->VNM 2025-03-03/2025-03-05 reported"},
	},
	// A side named as the host.
	{
		name: "id selaku tuan rumah marks the host",
		lang: "id", published: pub,
		text: "Jakarta (ANTARA) - Menlu RI Sari Dewi mengadakan pertemuan bilateral dengan Menteri Luar Negeri Brasil Paulo Ferreira selaku tuan rumah, Selasa (4/3).",
		want: []string{"CONSULT IDN->BRA 2025-03-04 reported"},
	},
	{
		name: "en as the host marks the host",
		lang: "en", published: pub,
		text: "JAKARTA (Reuters) - Brazilian Foreign Minister Paulo Ferreira, as the host, held talks with Indonesian Foreign Minister Sari Dewi on Tuesday.",
		want: []string{"CONSULT IDN->BRA 2025-03-04 reported"},
	},
	// Indonesian vocabulary beyond the first lists.
	{
		name: "id mengutuk and menyesalkan accuse",
		lang: "id", published: pub,
		text: "Pemerintah Indonesia mengutuk keras serangan Israel terhadap kamp pengungsi di Gaza, Selasa (4/3). Kementerian Luar Negeri RI juga menyesalkan keputusan Australia menahan enam nelayan Indonesia, Rabu (5/3).",
		want: []string{"ACCUSE IDN->AUS 2025-03-05 reported", "ACCUSE IDN->ISR 2025-03-04 reported", "COERCE AUS->IDN 2025-03-05 reported"},
	},
	{
		name: "id mengimbau requests and audiensi is a visit",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Indonesia Sari Dewi mengimbau Malaysia agar segera memulangkan para pekerja migran, Senin (3/3). Duta Besar Jepang untuk Indonesia Kenji Sato melakukan audiensi dengan Gubernur Jawa Barat, Kamis (6/3).",
		want: []string{"CONSULT JPN->IDN 2025-03-06 reported", "REQUEST IDN->MYS 2025-03-03 reported"},
	},
	{
		name: "id aid one is ready to give is a pledge",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Jepang Taro Ishida mengatakan Jepang siap memberikan bantuan teknis kepada Indonesia, Selasa (4/3).",
		want: []string{"AGREE IDN<->JPN 2025-03-04 reported"},
	},
	{
		name: "id welcoming an invitation accepts it",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo menerima kunjungan Menteri Luar Negeri Uzbekistan Bakhtiyor Rahimov di Istana Merdeka, Selasa (4/3). Presiden menyambut baik undangan tersebut untuk berkunjung ke Tashkent.",
		want: []string{"AGREE IDN<->UZB 2025-03-04 reported", "CONSULT IDN->UZB 2025-03-04 hypothetical", "CONSULT UZB->IDN 2025-03-04 reported"},
	},
	{
		// Someone somewhere on a visit visits that place's country, in
		// either language.
		name: "en in a country on a working visit",
		lang: "en", published: pub,
		text: "Indonesian Trade Minister Bayu Adinegoro is in Pakistan on a two-day working visit from Tuesday.",
		want: []string{"CONSULT IDN->PAK 2025-03-04 reported"},
	},
	{
		// What one met someone to ask is asked, of the one met, by the
		// one who met (past the day's brackets).
		name: "id met someone to ask: a request of the one met",
		lang: "id", published: pub,
		text: "TAWAU - Konsul RI di Tawau, Ratna Kusuma, bertemu pimpinan APMM Malaysia pada Selasa (4/3/2025) untuk meminta akses kekonsuleran bagi para nelayan.",
		want: []string{"CONSULT IDN->MYS 2025-03-04 reported", "REQUEST IDN->MYS 2025-03-04 reported"},
	},
	{
		// Support for, or respect of, a state's sovereignty is for that
		// state.
		name: "id support for and respect of a state's sovereignty",
		lang: "id", published: pub,
		text: "JAKARTA (ANTARA) - Menteri Luar Negeri Fiji Inoke Kubuabola menegaskan kembali dukungan terhadap kedaulatan dan integritas wilayah Indonesia, Selasa (4/3). Delegasi Papua Nugini juga menghormati kedaulatan Indonesia.",
		want: []string{"SUPPORT FJI->IDN 2025-03-04 reported", "SUPPORT PNG->IDN 2025-03-04 reported"},
	},
	{
		// A participle after "and" has an object of its own: the support
		// is for the ally, not for the one the participle blames.
		name: "en stands with our ally and calling the Chinese actions dangerous",
		lang: "en", published: pub,
		text: "MANILA - United States Ambassador Daniel Whitcombe on Tuesday expressed support for the Philippines, saying Washington \"stands with our ally\" and calling the Chinese actions \"dangerous\".",
		want: []string{"SUPPORT USA->PHL 2025-03-04 reported"},
	},
	{
		name: "id berada di suatu negara dalam kunjungan kerja",
		lang: "id", published: pub,
		text: "JAKARTA (ANTARA) - Menteri Perdagangan Bayu Adinegoro berada di Pakistan dalam kunjungan kerja selama dua hari, 4-5 Maret 2025.",
		want: []string{"CONSULT IDN->PAK 2025-03-04/2025-03-05 reported"},
	},
	{
		// An act condemned as a thing is the doer's the story's last
		// accusation named, whoever condemns it, and a mention in a
		// later clause is no target of it.
		name: "en condemned the incursion: its doer is the one accused before",
		lang: "en", published: pub,
		text: "WARSAW - Poland on Tuesday accused Russia of sending drones into its airspace.\n\nNATO condemned the incursion on Wednesday and said its members would discuss it at the European Council.",
		want: []string{"ACCUSE POL->RUS 2025-03-04 reported", "ACCUSE IGO->RUS 2025-03-05 reported"},
	},
	{
		// A lead with no day, then a quote whose speaker gave it at a
		// press briefing on a day: the lead's protest and request were
		// made that day.
		name: "en undated lead, then a quote given at a briefing on Thursday",
		lang: "en", published: pub,
		text: "Vietnam demands China stop drills near Paracels\n\nVietnam has protested Chinese military drills near the Paracel Islands, and asked China to stop them.\n\n\"Vietnam strongly opposes the treatment of Vietnamese fishermen,\" Foreign Ministry spokesperson Le Thu Ha said at a regular press briefing on Thursday.",
		want: []string{"ACCUSE VNM->CHN 2025-03-06 reported", "REQUEST VNM->CHN 2025-03-06 reported"},
	},
	{
		// A meeting that opens its sentence, "held with" someone, is the
		// one of whom the sentence before opens with (not the dateline's
		// city); an undated act after a later meeting is on that
		// meeting's day, not the first one's.
		name: "id the first meeting held with; undated acts after the next day's meeting",
		lang: "id", published: pub,
		text: "Parlementaria, Luanda - Ketua DPR RI Rina Sari melakukan serangkaian pertemuan bilateral di sela Sidang IPU di Luanda. Pertemuan pertama digelar dengan Ketua Parlemen Australia Margaret Ellis pada Senin (3/3/2025).\n\nDalam pertemuan tersebut, Rina meminta parlemen Australia mempermudah visa.\n\nKeesokan harinya, Selasa (4/3/2025), Rina bertemu dengan Ketua Parlemen Turki Ahmet Yilmaz. Pertemuan itu membahas situasi di Gaza.\n\nRina dan Ahmet sepakat menggalang dukungan parlemen dunia. Keduanya juga mengecam keras serangan militer Israel.",
		want: []string{"CONSULT IDN->AUS 2025-03-03 reported", "REQUEST IDN->AUS 2025-03-03 reported", "CONSULT IDN->TUR 2025-03-04 reported", "AGREE IDN<->TUR 2025-03-04 reported", "ACCUSE IDN->ISR 2025-03-04 reported", "ACCUSE TUR->ISR 2025-03-04 reported"},
	},
	{
		name: "en the kingdom in lower case is the story's one monarchy",
		lang: "en", published: pub,
		text: "Saudi Arabia and Indonesia on Tuesday signed a labour agreement in Riyadh.\n\nIndonesian Manpower Minister Rina Sari later thanked the kingdom for its help to Indonesian workers.",
		want: []string{"SUPPORT IDN<->SAU 2025-03-04 reported", "SUPPORT IDN->SAU 2025-03-04 reported"},
	},
	{
		// Thanks one spoke by phone to give were given; "the kingdom" in
		// lower case is the story's one monarchy, like "the Kingdom".
		name: "en spoke by phone to thank the kingdom",
		lang: "en", published: pub,
		text: "Indonesian Foreign Minister Rina Sari spoke by phone with Saudi Foreign Minister Faisal Nawaf on Tuesday to thank the kingdom for evacuating Indonesians from Sudan.",
		want: []string{"CONSULT IDN->SAU 2025-03-04 reported", "SUPPORT IDN->SAU 2025-03-04 reported"},
	},
	{
		// A meeting one travelled for, told in the past, took place;
		// one asked for is still wanted.
		name: "en traveled to a country to meet someone: the meeting took place",
		lang: "en", published: pub,
		text: "On Tuesday, Indonesian police chief Gen. Toni Harsa traveled to Singapore to meet with Singapore Police Force Commissioner Lim Boon Keat. Harsa also urged Malaysia to meet with Singaporean officials.",
		want: []string{"CONSULT IDN->SGP 2025-03-04 reported", "CONSULT MYS->SGP 2025-03-04 hypothetical", "REQUEST IDN->MYS 2025-03-04 reported"},
	},
	{
		// "A day earlier" far from any day named counts from the last one
		// named further back ("today" in the lead), not from nothing.
		name: "en a day earlier counts from a day named a dozen sentences back",
		lang: "en", published: pub,
		text: "Indonesian Foreign Minister Rina Sari held talks with officials in Kuala Lumpur today.\n\nShe spoke of the sea. She spoke of trade. She spoke of fisheries. She spoke of the border.\n\nShe spoke of students. She spoke of tourism. She spoke of flights. She spoke of rice. She spoke of health.\n\nA day earlier, Rina met Malaysian Foreign Minister Zainal Rashid.",
		want: []string{"CONSULT IDN->MYS 2025-03-06 reported"},
	},
	{
		name: "id undated events take the one day of the lead",
		lang: "id", published: pub,
		text: "TEMPO.CO, Jakarta - Pemerintah Belanda menyerahkan 80 keris kepada Indonesia dalam upacara di Museum Nasional, Selasa, 4 Maret 2025.\n\nSebelum upacara, Menteri Kebudayaan Belanda Anna de Vries bertemu Menteri Kebudayaan Indonesia Budi Santoso untuk membahas kerja sama museum.",
		want: []string{"CONSULT NLD->IDN 2025-03-04 reported"},
	},
	{
		// A story of several days: an event of another pair that the text
		// does not date took place on the main event's day, unless one
		// like it (same type, same pair) is dated already.
		name: "en undated event of another pair takes the main event's day",
		lang: "en", published: pub,
		text: "HANOI, March 5 (VNA) - Vietnamese Prime Minister Tran Van Hoang met Thai Prime Minister Anan Srisuk in Hanoi on Tuesday.\n\nOn Wednesday, Anan Srisuk and Cambodian Prime Minister Hun Vichet agreed by phone to reopen the border.\n\nThe Thai leader also praised Laos for its role as ASEAN chair.",
		want: []string{"CONSULT THA->VNM 2025-03-04 reported", "AGREE KHM<->THA 2025-03-05 reported", "SUPPORT THA->LAO 2025-03-04 reported"},
	},
	{
		name: "en with no dateline, the lead is the first paragraph naming both sides with a day, below the headline",
		lang: "en", published: pub,
		text: "Mongolia, Laos extend teacher exchange\n\nMongolia and Laos on March 3 extended their teacher exchange programme for three more years.\n\nThe extension was signed in Vientiane by Lao Education Minister Khamla Vongsa and Mongolian Education Minister Bat-Erdene Tsogt, who is in the capital on a working visit.",
		want: []string{"CONSULT MNG->LAO 2025-03-03 reported", "SUPPORT LAO<->MNG 2025-03-03 reported"},
	},
	// "They" after a call of two parties, "we" in a quote.
	{
		name: "en they after a call condemn a third party: one accusation each",
		lang: "en", published: pub,
		text: "Qatari Foreign Minister Khalid Al-Thani received a phone call from Indonesian Foreign Minister Sari Dewi on Tuesday.\n\nThey condemned the Israeli strikes on civilians in Gaza.",
		want: []string{"ACCUSE IDN->ISR 2025-03-04 reported", "ACCUSE QAT->ISR 2025-03-04 reported", "CONSULT IDN->QAT 2025-03-04 reported"},
	},
	{
		name: "id both sides calling for something of no one named code no request",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Indonesia Sari Dewi bertemu Menteri Luar Negeri Mesir Ahmed Fahmy di Kairo, Selasa (4/3). Mereka menyerukan agar jalur pelayaran di Laut Merah tetap aman.",
		want: []string{"CONSULT IDN->EGY 2025-03-04 reported"},
	},
	{
		name: "en we condemn in a quote is the speaker's side",
		lang: "en", published: pub,
		text: "Cambodian and Thai officials met on Monday.\n\nOn Tuesday, the Cambodian defence ministry said: \"We condemn the use of force by Thailand.\"",
		want: []string{"ACCUSE KHM->THA 2025-03-04 reported", "CONSULT KHM->THA 2025-03-03 reported"},
	},
	{
		name: "id menemukan is finding, not meeting; consular access is asked of the other side",
		lang: "id", published: pub,
		text: "Bakamla RI menangkap dua kapal ikan berbendera Vietnam di Laut Natuna Utara, Selasa (4/3). Dari kedua kapal, petugas menemukan 12 ton ikan.\n\nKedutaan Besar Vietnam di Jakarta pada Rabu (5/3) mengirimkan nota diplomatik untuk meminta akses kekonsuleran.",
		want: []string{"COERCE IDN->VNM 2025-03-04 reported", "REQUEST VNM->IDN 2025-03-05 reported"},
	},
	{
		name: "id kami sudah menerima in a quote is the speaker's, not both sides'",
		lang: "id", published: pub,
		text: "Kedutaan Besar Vietnam mengirimkan nota diplomatik kepada Kementerian Luar Negeri RI, Senin (3/3). \"Kami sudah menerima nota dari Kedubes Vietnam,\" kata juru bicara Kemlu RI Lalu Fadli.",
		want: []string{},
	},
	{
		name: "en a demonstration of friendship is no protest",
		lang: "en", published: pub,
		text: "\"This is a vivid demonstration of the friendship between Vietnam and China,\" the Vietnamese deputy minister said on Tuesday.",
		want: []string{},
	},
	{
		name: "en by phone is a means, not an agent",
		lang: "en", published: pub,
		text: "On Tuesday, Japanese diplomat Kenji Ota lodged a protest by phone with the South Korean Embassy in Tokyo.",
		want: []string{"ACCUSE JPN->KOR 2025-03-04 reported"},
	},
	{
		name: "id a city after a place named with di is a place, not a party",
		lang: "id", published: pub,
		text: "Petugas KJRI Johor Bahru sudah menemui dua korban luka yang dirawat di Hospital Sultanah Aminah, Johor Bahru, Selasa (4/3).",
		want: []string{},
	},
	{
		name: "en force with no day of its own takes the day of the incident told before",
		lang: "en", published: pub,
		text: "Indonesia lodged a protest with Malaysia on Thursday over the shooting of five Indonesian migrants.\n\nOne migrant died in the incident, which took place on Monday.\n\nAccording to the consulate, the Malaysian Maritime Enforcement Agency fired on the boat carrying the Indonesians.",
		want: []string{"ACCUSE IDN->MYS 2025-03-06 reported", "ASSAULT MYS->IDN 2025-03-03 reported"},
	},
	{
		name: "en an accepted invitation with the inviter between; the day of the summit to come is not the accepting's",
		lang: "en", published: pub,
		text: "On Tuesday, Malaysian Foreign Minister Aziz Rahman told Saudi Minister of State for Foreign Affairs Khalid Al-Harbi during their talks in Riyadh that Malaysia's prime minister had accepted the Kingdom's invitation to the summit, which is set to be held on Saturday.",
		want: []string{"AGREE MYS<->SAU 2025-03-04 reported"},
	},
	{
		name: "en what an invitation is to holds no inviter",
		lang: "en", published: pub,
		text: "Malaysian Trade Minister Aziz Rahman said on Tuesday that Brazilian Trade Minister Paulo Ribeiro had accepted his invitation to attend the ASEAN Economic Ministers' Meeting.",
		want: []string{"AGREE BRA<->MYS 2025-03-04 reported"},
	},
	{
		name: "en the object of the next verb joined by and is no party of the first",
		lang: "en", published: pub,
		text: "US Ambassador to the Philippines Daniel Webb said on Monday that Washington stands with its ally and condemned the Chinese coast guard's dangerous maneuvers.",
		want: []string{"ACCUSE USA->CHN 2025-03-03 reported"},
	},
	{
		name: "id two verbs joined by dan share one object",
		lang: "id", published: pub,
		text: "Wakil Menteri Kesehatan Indonesia Sari Dewi pada Selasa (4/3) mengapresiasi dan berterima kasih kepada Pemerintah Jepang atas bantuan vaksin.",
		want: []string{"SUPPORT IDN->JPN 2025-03-04 reported"},
	},
	{
		name: "en nobody visits their own country: the one in it is the host",
		lang: "en", published: pub,
		text: "The agreement was signed by Foreign Minister Gan Wei Liang and Thai Foreign Minister Somchai Rattana, who is in Singapore on a two-day official visit from March 3 to 4.",
		want: []string{"CONSULT THA->SGP 2025-03-03/2025-03-04 reported", "SUPPORT SGP<->THA 2025-03-03/2025-03-04 reported"},
	},
	{
		name: "id going home is no place of the visit",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Thailand Somchai Rattana akan mengunjungi Angkor Wat bersama Menteri Luar Negeri Kamboja Sok Vanna sebelum kembali ke Bangkok.",
		want: []string{"CONSULT THA->KHM - planned"},
	},
	{
		name: "en a year after a participle's 'after' dates that participle, not the request",
		lang: "en", published: pub,
		text: "Japanese Foreign Minister Kenji Ota met Indonesian Foreign Minister Sari Dewi on Tuesday.\n\nLater in the day, Ota held talks with Chinese Foreign Minister Xu Wei, during which he called on Beijing to lift its blanket ban on Japanese seafood imports, imposed after the release of treated water began in August 2023.",
		want: []string{"CONSULT JPN->CHN 2025-03-04 reported", "CONSULT JPN->IDN 2025-03-04 reported", "REQUEST JPN->CHN 2025-03-04 reported"},
	},
	{
		name: "en a group of both parties is both parties",
		lang: "en", published: pub,
		text: "French Navy officers met Vietnamese Navy commanders in Cam Ranh on Monday.\n\nSailors of both navies then held a joint search-and-rescue drill off the coast on Wednesday.",
		want: []string{"CONSULT FRA->VNM 2025-03-03 reported", "COOPERATE FRA<->VNM 2025-03-05 reported"},
	},
	{
		name: "en seats of government stand for their governments",
		lang: "en", published: pub,
		text: "The White House on Tuesday urged Beijing to show restraint. The State Department said it stands with Manila.",
		want: []string{"REQUEST USA->CHN 2025-03-04 reported", "SUPPORT USA->PHL 2025-03-04 reported"},
	},
	{
		name: "en the Kingdom is the kingdom among the story's sides; support thanked for is no support of its own",
		lang: "en", published: pub,
		text: "Senegalese Foreign Minister Mamadou Sarr met Saudi Foreign Minister Faisal Al-Harbi in Riyadh on Tuesday. Sarr thanked the Kingdom for its development support and said Senegal stands with the Kingdom in its bid to host the expo.",
		want: []string{"CONSULT SEN->SAU 2025-03-04 reported", "SUPPORT SEN->SAU 2025-03-04 reported"},
	},
	{
		name: "en the Kingdom names no one when neither side or both are kingdoms",
		lang: "en", published: pub,
		text: "Jordanian Foreign Minister Omar Haddad met Moroccan Foreign Minister Karim Alaoui on Tuesday. Haddad praised the Kingdom on Wednesday.",
		want: []string{"CONSULT JOR->MAR 2025-03-04 reported"},
	},
	{
		name: "id a joint act agreed on is to come; vows retaliation threatens",
		lang: "id", published: pub,
		text: "Menteri Pertahanan Indonesia Budi Santoso dan Menteri Pertahanan Malaysia Hafiz Osman, Selasa (4/3), sepakat meningkatkan patroli terkoordinasi di perbatasan.",
		want: []string{"AGREE IDN<->MYS 2025-03-04 reported", "COOPERATE IDN<->MYS 2025-03-04 planned"},
	},
	{
		name: "en vows retaliation is a threat, not a pledge",
		lang: "en", published: pub,
		text: "Norway expels two Iranian diplomats over spying; Iran vows retaliation on Tuesday.",
		want: []string{"SANCTION NOR->IRN 2025-03-04 reported", "THREATEN IRN->NOR 2025-03-04 reported"},
	},
	{
		name: "en aid handed over with no recipient named goes to a national outlet's country when it is a side",
		lang: "en", published: pub,
		outlet: "The Fiji Times",
		text:   "THE New Zealand Government yesterday handed over relief supplies worth $850,000 to help communities in the Western Division recover from floods. Fiji's disaster minister thanked New Zealand.",
		want:   []string{"AID NZL->FJI 2025-03-06 reported", "SUPPORT FJI->NZL 2025-03-06 reported"},
	},
	{
		name: "en a summons to protest is one accusation; a broadcaster's country places its foreign office",
		lang: "en", published: pub,
		outlet: "Deutsche Welle",
		text:   "Germany expels Russian diplomat.\n\nThe Foreign Office summoned Russian Ambassador Sergei Orlov on Thursday morning to protest against what it called a deliberate escalation.",
		want:   []string{"ACCUSE DEU->RUS 2025-03-06 reported", "SANCTION DEU->RUS 2025-03-06 reported"},
	},
	{
		name: "en training promised is a pledge; to help train is wanted, not done",
		lang: "en", published: pub,
		text: "Malaysian Foreign Minister Hisham Ramli said on Tuesday that Malaysia would train 40 Timorese diplomats next year. Beijing offered last year to help train Timorese police.",
		want: []string{"AGREE MYS<->TLS 2025-03-04 reported", "AID CHN->TLS - hypothetical"},
	},
	{
		name: "id a protest over an incident takes its own day, the incident's force the incident's",
		lang: "id", published: pub,
		text: "Jakarta - Pemerintah Indonesia melayangkan nota protes kepada Pemerintah Malaysia terkait insiden penembakan terhadap lima pekerja migran Indonesia oleh aparat maritim Malaysia, Senin (3/3) dini hari.\n\nJuru bicara Kemlu RI Arief Nugroho mengatakan nota protes disampaikan melalui KBRI Kuala Lumpur pada Kamis (6/3).\n\nKapal Malaysia sebelumnya melepaskan tembakan ke arah perahu yang ditumpangi para pekerja.",
		want: []string{"ACCUSE IDN->MYS 2025-03-06 reported", "ASSAULT MYS->IDN 2025-03-03 reported"},
	},
	{
		name: "id the day of the incident a protest is over is not the protest's",
		lang: "id", published: pub,
		text: "Pemerintah Indonesia melayangkan nota protes kepada Pemerintah Malaysia terkait insiden penembakan terhadap lima pekerja migran Indonesia, Senin (3/3) dini hari.",
		want: []string{"ACCUSE IDN->MYS - reported"},
	},
	{
		name: "id a body named before its country is that country's",
		lang: "id", published: pub,
		text: "Menteri Luar Negeri Indonesia Sari Dewi, Selasa (4/3), menyampaikan dukungan Indonesia terhadap Presidensi G20 Afrika Selatan.",
		want: []string{"SUPPORT IDN->ZAF 2025-03-04 reported"},
	},
	{
		name: "id what is discussed is a topic, not a party",
		lang: "id", published: pub,
		text: "BKSAP DPR RI menerima delegasi parlemen Maroko, bahas perdagangan dan Palestina, Selasa (4/3).",
		want: []string{"CONSULT MAR->IDN 2025-03-04 reported"},
	},
	{
		name: "id both ministers are the two who met, not the pair of aid sent to a country only named",
		lang: "id", published: pub,
		text: "Menlu RI Sari Dewi bertemu Menlu Mesir Ahmed Fahmy di Kairo, Selasa (4/3). Indonesia juga telah mengirimkan bantuan obat-obatan ke Palestina. Kedua menlu juga membahas rencana pertemuan Komisi Bersama.",
		want: []string{"AID IDN->PSE 2025-03-04 reported", "CONSULT IDN->EGY 2025-03-04 reported"},
	},
	{
		name: "en machinery handed over is aid",
		lang: "en", published: pub,
		text: "China on Thursday handed over a batch of agricultural machinery to Ethiopia.",
		want: []string{"AID CHN->ETH 2025-03-06 reported"},
	},
	{
		name: "id an event in a subheading takes the day of the paragraph under it",
		lang: "id", published: pub,
		text: "Jakarta - Badan Keamanan Laut RI menangkap dua kapal ikan berbendera Vietnam yang diduga mencuri ikan di Laut Natuna Utara pada Minggu (2/3). Kedua kapal beserta awaknya kemudian digiring ke Pangkalan PSDKP Batam untuk menjalani proses hukum.\n\nKedubes Vietnam minta akses kekonsuleran\n\nKedutaan Besar Vietnam di Jakarta pada Senin (3/3) telah mengirimkan nota diplomatik kepada Kementerian Luar Negeri RI.",
		want: []string{"COERCE IDN->VNM 2025-03-02 reported", "REQUEST VNM->IDN 2025-03-03 reported"},
	},
	{
		name: "en a person welcomed is a visitor received; welcomed investment is praise",
		lang: "en", published: pub,
		text: "Indonesian President Arif Wibowo welcomed Australian Prime Minister Mark Fielding at the Merdeka Palace in Jakarta on Tuesday. Wibowo said Indonesia welcomed Australian investment in nickel processing.",
		want: []string{"CONSULT AUS->IDN 2025-03-04 reported", "SUPPORT IDN->AUS 2025-03-04 reported"},
	},
	{
		name: "en an opening meeting phrase is the main clause's subject's meeting",
		lang: "en", published: pub,
		text: "In a meeting with Thai Foreign Minister Somchai Rattana on Tuesday, Cambodian Foreign Minister Sok Vanna urged the reopening of border checkpoints.",
		want: []string{"CONSULT KHM->THA 2025-03-04 reported", "REQUEST KHM->THA 2025-03-04 reported"},
	},
	{
		// "her meeting" in the opening phrase, and the one met titled
		// with commas of their own.
		name: "en her meeting with a titled person in the opening phrase",
		lang: "en", published: pub,
		text: "In her meeting with Secretary of Foreign Affairs of the Philippines, Maria Reyes, on Tuesday, Indonesian Foreign Minister Rina Sari underlined the need for calm seas.",
		want: []string{"CONSULT IDN->PHL 2025-03-04 reported"},
	},
	{
		name: "id what is asked in an opening meeting phrase is asked of the one met",
		lang: "id", published: pub,
		text: "Dalam pertemuan dengan Menteri Luar Negeri Thailand Somchai Rattana, Selasa (4/3), Menlu RI Sari Dewi meminta percepatan perundingan.",
		want: []string{"CONSULT IDN->THA 2025-03-04 reported", "REQUEST IDN->THA 2025-03-04 reported"},
	},
	{
		name: "en leaders who witness a signing support it; a dinner hosted for a visitor is a meeting",
		lang: "en", published: pub,
		text: "Vietnamese Prime Minister Pham Minh hosted a dinner for Indonesian President Arif Wibowo in Hanoi on Monday. Wibowo and Vietnamese President Le Hoang witnessed the signing of five agreements on Tuesday.",
		want: []string{"CONSULT IDN->VNM 2025-03-03 reported", "SUPPORT IDN<->VNM 2025-03-04 reported"},
	},
	{
		name: "id leaders who witness a signing support it",
		lang: "id", published: pub,
		text: "Presiden Indonesia Arif Wibowo dan Presiden Vietnam Le Hoang menyaksikan penandatanganan lima nota kesepahaman di Hanoi, Selasa (4/3).",
		want: []string{"SUPPORT IDN<->VNM 2025-03-04 reported"},
	},
	{
		name: "en exchanging MoUs is signing them",
		lang: "en", published: pub,
		text: "Malaysian and Brazilian officials exchanged MoUs on trade and halal certification in Sao Paulo on Tuesday.",
		want: []string{"SUPPORT BRA<->MYS 2025-03-04 reported"},
	},
	// English vocabulary beyond the first lists.
	{
		name: "en deplored is accusing",
		lang: "en", published: pub,
		text: "South Korean Unification Minister Park Ji-won on Tuesday deplored North Korea's missile launch.",
		want: []string{"ACCUSE KOR->PRK 2025-03-04 reported"},
	},
	{
		name: "en stands ready to is a pledge",
		lang: "en", published: pub,
		text: "Chinese Foreign Minister Wang Lei told visiting Zambian Foreign Minister Mary Banda on Tuesday that China stands ready to work with Zambia on agriculture.",
		want: []string{"AGREE CHN<->ZMB 2025-03-04 reported"},
	},
	{
		name: "en a ministry under a dateline is the dateline country's",
		lang: "en", published: pub,
		text: "SEOUL, March 7 (Reuters) - South Korea's defence chief visited the border on Thursday. The unification ministry on Thursday urged North Korea to return to talks.",
		want: []string{"REQUEST KOR->PRK 2025-03-06 reported"},
	},
}

// eventString renders an event as "TYPE SIDES DATE STATUS": SIDES is
// "SRC->TGT" for a directed event and the two sides sorted, "A<->B", for
// an undirected one; DATE is "-" when there is none and "date/end" for a
// range.
func eventString(e doc.Event) string {
	sides := e.Source.Country + "->" + e.Target.Country
	if !e.Directed {
		a, b := e.Source.Country, e.Target.Country
		if b < a {
			a, b = b, a
		}
		sides = a + "<->" + b
	}
	date := e.Date
	if date == "" {
		date = "-"
	}
	if e.DateEnd != "" && e.DateEnd != e.Date {
		date += "/" + e.DateEnd
	}
	return fmt.Sprintf("%s %s %s %s", e.Type, sides, date, e.Status)
}

// skipKnown skips a case that shows a known bug, unless
// DYAD_RUN_SKIPPED is set to check whether the bug is fixed.
func skipKnown(t *testing.T, reason string) {
	t.Helper()
	if reason != "" && os.Getenv("DYAD_RUN_SKIPPED") == "" {
		t.Skip(reason)
	}
}

func newPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatalf("pipeline.New: %v", err)
	}
	return p
}

func process(p *pipeline.Pipeline, text, published string) *doc.Document {
	return processFrom(p, text, published, "")
}

func processFrom(p *pipeline.Pipeline, text, published, outlet string) *doc.Document {
	d := &doc.Document{Raw: text, Published: published, Outlet: outlet}
	p.Process(d)
	return d
}

func TestEvents(t *testing.T) {
	p := newPipeline(t)
	for _, tc := range eventCases {
		t.Run(tc.name, func(t *testing.T) {
			skipKnown(t, tc.skip)
			d := processFrom(p, tc.text, tc.published, tc.outlet)
			if d.Language != tc.lang {
				t.Fatalf("language: got %q, want %q", d.Language, tc.lang)
			}
			var got []string
			for _, e := range d.Events {
				got = append(got, eventString(e))
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("events:\n got: %q\nwant: %q", got, want)
			}
			if tc.wantDiag != "" {
				found := false
				for _, dg := range d.Diagnostics {
					if dg.Level == doc.Warning && strings.Contains(dg.Message, tc.wantDiag) {
						found = true
					}
				}
				if !found {
					t.Errorf("diagnostics: got %v, want a warning containing %q", d.Diagnostics, tc.wantDiag)
				}
			}
		})
	}
}

// TestEventsNoSpuriousWeekdayWarning checks that a weekday that agrees
// with its date gives no warning.
func TestEventsNoSpuriousWeekdayWarning(t *testing.T) {
	p := newPipeline(t)
	for _, tc := range eventCases {
		if tc.skip != "" || tc.wantDiag != "" {
			continue
		}
		d := process(p, tc.text, tc.published)
		for _, dg := range d.Diagnostics {
			if strings.Contains(dg.Message, "weekday") {
				t.Errorf("%s: got diagnostic %q, want none about the weekday", tc.name, dg.Message)
			}
		}
	}
}

func TestWeekdayWarningOnce(t *testing.T) {
	p := newPipeline(t)
	d := process(p, "Menteri Luar Negeri Rusia Igor Petrovsky bertemu dengan Menteri Luar Negeri Indonesia Siti Rahmawati di Jakarta pada Rabu (6/3). Kedua negara sepakat memperkuat kerja sama.", pub)
	n := 0
	for _, dg := range d.Diagnostics {
		if strings.Contains(dg.Message, "weekday") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("weekday warnings: got %d, want 1 (%v)", n, d.Diagnostics)
	}
}

// TestEventInvariants checks, over every case, that each event's coding
// comes from the ontology and that its spans point into the text.
func TestEventInvariants(t *testing.T) {
	codings := ontologyCodings(t)
	p := newPipeline(t)
	for _, tc := range eventCases {
		d := process(p, tc.text, tc.published)
		ids := map[string]bool{}
		for _, a := range d.Actors {
			ids[a.ID] = true
		}
		for _, e := range d.Events {
			name := tc.name + ": " + eventString(e)
			if !slices.Contains(event.Types, e.Type) {
				t.Errorf("%s: type %q is not a PLOVER type", name, e.Type)
			}
			got := event.Code{CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein}
			if !slices.Contains(codings[e.Type], got) {
				t.Errorf("%s: coding got %+v, want one of the ontology's rows for %s: %+v", name, got, e.Type, codings[e.Type])
			}
			if e.CAMEO == "" || e.QuadClass < 1 || e.QuadClass > 4 || e.Goldstein < -10 || e.Goldstein > 10 {
				t.Errorf("%s: coding (%q, %d, %v) out of range", name, e.CAMEO, e.QuadClass, e.Goldstein)
			}
			switch e.Status {
			case doc.Reported, doc.Planned, doc.Negated, doc.Hypothetical:
			default:
				t.Errorf("%s: status %q", name, e.Status)
			}
			for _, s := range []doc.Side{e.Source, e.Target} {
				if s.Actor != "" && !ids[s.Actor] {
					t.Errorf("%s: side refers to actor %q, which does not exist", name, s.Actor)
				}
				if s.Country == "" {
					t.Errorf("%s: a side has no country", name)
				}
			}
			if e.DateEnd != "" && e.DateEnd < e.Date {
				t.Errorf("%s: date_end %s before date %s", name, e.DateEnd, e.Date)
			}
			if e.DateSpan != nil && e.DateSpan.Of(d.Text) == "" {
				t.Errorf("%s: date span %v out of bounds", name, *e.DateSpan)
			}
			if e.Trigger.Len() <= 0 || e.Trigger.Of(d.Text) == "" {
				t.Errorf("%s: trigger span %v empty or out of bounds", name, e.Trigger)
			}
			if len(e.Evidence) == 0 {
				t.Errorf("%s: no evidence", name)
			}
			covered := false
			for _, ev := range e.Evidence {
				if ev.Span.Of(d.Text) == "" {
					t.Errorf("%s: evidence span %v empty or out of bounds", name, ev.Span)
					continue
				}
				if ev.Text != ev.Span.Of(d.Text) {
					t.Errorf("%s: evidence text %q, want the text of its span %q", name, ev.Text, ev.Span.Of(d.Text))
				}
				if ev.Span.Contains(e.Trigger) {
					covered = true
				}
			}
			if !covered {
				t.Errorf("%s: no evidence span covers the trigger %q at %v", name, e.Trigger.Of(d.Text), e.Trigger)
			}
		}
	}
}

// ontologyCodings reads data/ontology.tsv, the file the coder embeds, and
// returns the codings each PLOVER type may carry.
func ontologyCodings(t *testing.T) map[string][]event.Code {
	t.Helper()
	es, err := lexicon.LoadFS(os.DirFS("data"), "ontology.tsv", lexicon.Options{MinFields: 5, KeyFields: 2})
	if err != nil {
		t.Fatalf("ontology.tsv: %v", err)
	}
	out := map[string][]event.Code{}
	for _, e := range es {
		q, err1 := strconv.Atoi(e.Field(3))
		g, err2 := strconv.ParseFloat(e.Field(4), 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: bad quad class or Goldstein value", e.Where())
		}
		out[e.Field(0)] = append(out[e.Field(0)], event.Code{CAMEO: e.Field(2), QuadClass: q, Goldstein: g})
	}
	return out
}
