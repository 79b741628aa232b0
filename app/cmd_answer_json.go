package app

import (
	"github.com/carnet-app/carnet/internal/carnet"
	"github.com/carnet-app/carnet/internal/journal"
)

// The JSON carnet answer --json prints: the same data as its lines.
type answerOut struct {
	Request string          `json:"request"`
	Files   []answerFileOut `json:"files"`
	Items   []itemOut       `json:"items"`
	Facts   []factOut       `json:"facts"`
	Unread  []unreadOut     `json:"unread"`
}

type answerFileOut struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

type itemOut struct {
	Item     string       `json:"item"`
	Found    bool         `json:"found"`
	Ticked   bool         `json:"ticked"`
	Passages []passageOut `json:"passages"`
}

type passageOut struct {
	File     string `json:"file"`
	Page     int    `json:"page"`
	Sentence string `json:"passage"`
	Term     string `json:"term"`
}

type factOut struct {
	Name    string `json:"name"`
	Value   string `json:"value"`
	ValidOn string `json:"valid_on"`
	File    string `json:"file"`
	Page    int    `json:"page"`
}

type unreadOut struct {
	File        string `json:"file"`
	Page        int    `json:"page"`
	Unsupported bool   `json:"unsupported"`
}

func answerToJSON(r carnet.AnswerReading) answerOut {
	out := answerOut{Request: r.Request.ID, Files: []answerFileOut{}, Items: []itemOut{}, Facts: []factOut{}, Unread: []unreadOut{}}
	for _, f := range r.Files {
		out.Files = append(out.Files, answerFileOut{Name: f.Name, Size: f.Size, SHA256: f.SHA256})
	}
	for _, it := range r.Items {
		o := itemOut{Item: it.Item.Key, Found: it.Found(), Ticked: it.Ticked, Passages: []passageOut{}}
		for _, p := range it.Passages {
			o.Passages = append(o.Passages, passageOut{File: p.File, Page: p.Page, Sentence: p.Sentence, Term: p.Term})
		}
		out.Items = append(out.Items, o)
	}
	for _, f := range r.Facts {
		valid := ""
		if !f.ValidOn.IsZero() {
			valid = f.ValidOn.Format(journal.DateLayout)
		}
		out.Facts = append(out.Facts, factOut{Name: f.Name, Value: f.Value, ValidOn: valid, File: f.File, Page: f.Page})
	}
	for _, u := range r.Unread {
		out.Unread = append(out.Unread, unreadOut{File: u.File, Page: u.Page, Unsupported: u.Unsupported})
	}
	return out
}
