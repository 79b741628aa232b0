// Package ui holds every Fyne screen and widget of Carnet. It depends only on
// the domain packages and on the small interfaces it declares in
// services.go, never on the store: the app package wires the concrete types.
// Widgets present data and call back; rules live in the domain.
package ui
