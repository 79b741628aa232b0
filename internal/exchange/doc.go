// Package exchange reads and writes Carnet's interchange files: the complete,
// lossless JSON form of the record (attachments in base64) and the CSV form
// for spreadsheets (UTF-8 with BOM, ";" separator, French dates, one row per
// act). Readers refuse a malformed file as a whole with the line at fault.
package exchange
