package event

import "testing"

func TestPageDateLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"By Ngoc Anh, Thanh Nhi   September 5, 2025 | 06:31 am GMT+7", true},
		{"Selasa, 11 Mar 2025 10:15 WIB", true},
		{"PUBLISHED : 3 Feb 2025 at 14:22", true},
		{"Published: 03 Feb 2025 08:12 AM", true},
		{"Kompas.com - 14/05/2024, 10:15 WIB", true},
		{"Updated 12 March 2024 | 08:12", true},
		{"Penangkapan dilakukan oleh Kapal Pengawas Perikanan Orca 03 pada Minggu (9/3) sekitar pukul 14.30 WIB.", false},
		{"The talks began at 10:30 am on Monday.", false},
		{"The ministers met on Monday.", false},
		{"Posted to Phnom Penh on March 3, Thai envoy Somchai met Cambodian Foreign Minister Prak Sokhonn.", false},
		{"Menlu Sugiono bertemu Menlu Malaysia Mohamad Hasan di Kuala Lumpur, Senin (8/9) 10.15 WIB.", false},
		{"The two ministers met in Hanoi on Thursday, 5 September 2025, at the foreign ministry's guest house for talks that lasted until 06:31 am GMT+7.", false},
	} {
		if got := pageDateLine(c.line); got != c.want {
			t.Errorf("pageDateLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
