package assets

import _ "embed"

// Icon is Carnet's icon, 512 px PNG, rendered from icon.svg (make icons);
// the window and the packages show it.
//
//go:embed icon.png
var Icon []byte
