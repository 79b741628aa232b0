package casefile

import "strings"

// regions maps each région to its départements (INSEE codes), as they are
// since 2016. A département code must never reach a case file: RegionOf
// turns it into its région.
var regions = map[string][]string{
	"Auvergne-Rhône-Alpes":       {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"},
	"Bourgogne-Franche-Comté":    {"21", "25", "39", "58", "70", "71", "89", "90"},
	"Bretagne":                   {"22", "29", "35", "56"},
	"Centre-Val de Loire":        {"18", "28", "36", "37", "41", "45"},
	"Corse":                      {"2A", "2B"},
	"Grand Est":                  {"08", "10", "51", "52", "54", "55", "57", "67", "68", "88"},
	"Hauts-de-France":            {"02", "59", "60", "62", "80"},
	"Île-de-France":              {"75", "77", "78", "91", "92", "93", "94", "95"},
	"Normandie":                  {"14", "27", "50", "61", "76"},
	"Nouvelle-Aquitaine":         {"16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"},
	"Occitanie":                  {"09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"},
	"Pays de la Loire":           {"44", "49", "53", "72", "85"},
	"Provence-Alpes-Côte d’Azur": {"04", "05", "06", "13", "83", "84"},
	"Guadeloupe":                 {"971"},
	"Martinique":                 {"972"},
	"Guyane":                     {"973"},
	"La Réunion":                 {"974"},
	"Mayotte":                    {"976"},
}

// regionOf is regions turned around: département → région.
var regionOf = func() map[string]string {
	m := map[string]string{}
	for r, deps := range regions {
		for _, d := range deps {
			m[d] = r
		}
	}
	return m
}()

// RegionOf returns the région of a département code ("69", "2a", "974"),
// or "" for an unknown code and for the overseas collectivities that are
// no région (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin).
func RegionOf(departement string) string {
	return regionOf[strings.ToUpper(strings.TrimSpace(departement))]
}

// Regions returns every région name, as the schema enumerates them.
func Regions() []string {
	out := make([]string, 0, len(regions))
	for r := range regions {
		out = append(out, r)
	}
	return out
}

// KnownRegion returns region when it is the name of a région, else "":
// whatever else a caller passes (a département, an agency) is dropped.
func KnownRegion(region string) string {
	if _, ok := regions[region]; ok {
		return region
	}
	return ""
}
