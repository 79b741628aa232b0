package store

import (
	"crypto/sha256"
	"database/sql/driver"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	"modernc.org/sqlite"
)

// The SQL functions the record's triggers and checks use, registered on the
// driver for every connection this process opens:
//   - carnet_sha256(x) is the hex SHA-256 of a blob or of a text's UTF-8
//     bytes (the sum stored beside each letter as sent);
//   - carnet_seal(a, b, …) is the hex SHA-256 of its arguments framed with
//     their type and length, the seal kept for every row in table seals.
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("carnet_sha256", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		return sumHex(args[0])
	})
	sqlite.MustRegisterDeterministicScalarFunction("carnet_seal", -1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		return sealOf(args)
	})
}

func sumHex(v driver.Value) (driver.Value, error) {
	var sum [32]byte
	switch x := v.(type) {
	case []byte:
		sum = sha256.Sum256(x)
	case string:
		sum = sha256.Sum256([]byte(x))
	case nil:
		sum = sha256.Sum256(nil)
	default:
		return nil, fmt.Errorf("carnet_sha256: unexpected %T", v)
	}
	return hex.EncodeToString(sum[:]), nil
}

// sealOf frames each value as a type byte, an 8-byte length and its bytes,
// so that no two different rows share an input.
func sealOf(args []driver.Value) (driver.Value, error) {
	h := sha256.New()
	var n [8]byte
	frame := func(kind byte, b []byte) {
		h.Write([]byte{kind})
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	for _, v := range args {
		switch x := v.(type) {
		case nil:
			frame('n', nil)
		case int64:
			binary.BigEndian.PutUint64(n[:], uint64(x))
			frame('i', append([]byte(nil), n[:]...))
		case float64:
			binary.BigEndian.PutUint64(n[:], math.Float64bits(x))
			frame('f', append([]byte(nil), n[:]...))
		case string:
			frame('t', []byte(x))
		case []byte:
			frame('b', x)
		default:
			return nil, fmt.Errorf("carnet_seal: unexpected %T", v)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hexSum returns the hex SHA-256 of b, as carnet_sha256 computes it.
func hexSum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
