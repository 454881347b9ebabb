package seal

import (
	"bytes"
	"crypto/rand"
	"testing"
)

func newKey(t *testing.T) []byte {
	t.Helper()
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		t.Fatal(err)
	}
	return key
}

func TestRoundTrip(t *testing.T) {
	key, msg, ad := newKey(t), []byte("attack at dawn"), []byte("header v1")
	sealed, err := Seal(key, msg, ad)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, msg) {
		t.Fatal("sealed output contains the plaintext")
	}
	got, err := Open(key, sealed, ad)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, msg) {
		t.Fatalf("Open = %q, want %q", got, msg)
	}
}

func TestTamperingIsDetected(t *testing.T) {
	key, ad := newKey(t), []byte("header v1")
	sealed, err := Seal(key, []byte("attack at dawn"), ad)
	if err != nil {
		t.Fatal(err)
	}
	for i := range sealed {
		tampered := append([]byte(nil), sealed...)
		tampered[i] ^= 1
		if _, err := Open(key, tampered, ad); err == nil {
			t.Fatalf("Open accepted a message with byte %d flipped", i)
		}
	}
	if _, err := Open(key, sealed, []byte("header v2")); err == nil {
		t.Fatal("Open accepted different additional data")
	}
	if _, err := Open(key, sealed[:10], ad); err == nil {
		t.Fatal("Open accepted a truncated message")
	}
}

func TestWrongKeyFails(t *testing.T) {
	sealed, err := Seal(newKey(t), []byte("attack at dawn"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(newKey(t), sealed, nil); err == nil {
		t.Fatal("Open succeeded with the wrong key")
	}
}

func TestWrongKeyLengthIsAnError(t *testing.T) {
	for _, n := range []int{0, 15, 17, 31, 33, 64} {
		if _, err := Seal(make([]byte, n), []byte("x"), nil); err == nil {
			t.Errorf("Seal accepted a %d-byte key", n)
		}
		if _, err := Open(make([]byte, n), make([]byte, 64), nil); err == nil {
			t.Errorf("Open accepted a %d-byte key", n)
		}
	}
}
