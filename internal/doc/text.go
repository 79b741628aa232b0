package doc

import "strings"

// Text renders the letter as plain text for an e-mail or a message: the
// same content as the PDF, blocks separated by blank lines, bullets as
// « – » lines.
func Text(l Letter) string {
	var b strings.Builder
	para := func(lines ...string) {
		for _, s := range lines {
			if s != "" {
				b.WriteString(s + "\n")
			}
		}
		b.WriteString("\n")
	}
	para(l.Sender...)
	para(l.Recipient...)
	para(l.PlaceDate)
	if l.Mode != "" {
		para(l.Mode)
	}
	para(append([]string{"Objet\u00a0: " + l.Subject}, l.References...)...)
	para(l.Salutation)
	for _, blk := range l.Body {
		switch blk.Kind {
		case Bullets:
			var items []string
			for _, it := range blk.Items {
				items = append(items, "– "+it)
			}
			para(items...)
		default:
			para(blk.Text)
		}
	}
	para(l.Closing)
	para(l.Signature)
	if len(l.Attachments) > 0 {
		items := []string{"Pièces jointes\u00a0:"}
		for _, a := range l.Attachments {
			items = append(items, "– "+a)
		}
		para(items...)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}
