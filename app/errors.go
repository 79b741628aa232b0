package app

import "github.com/carnet-app/carnet/internal/carnet"

// explain turns an error into a sentence in the user's language.
func (e *env) explain(err error) string { return carnet.Explain(e.tr, err) }
