// Package seal encrypts and authenticates messages with AES-GCM using only
// the standard library's audited crypto packages.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
)

// Seal encrypts plaintext under key (16, 24 or 32 bytes) and authenticates it
// together with additionalData, which is bound to the message but not secret.
// #region seal
// A fresh random nonce per message: reusing one under a key breaks GCM.
func Seal(key, plaintext, additionalData []byte) ([]byte, error) {
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	size := aead.NonceSize()
	nonce := make([]byte, size, size+len(plaintext)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, additionalData), nil
}

// #endregion seal

// Open reverses Seal. It fails, returning no plaintext, if the key or
// additionalData differ or if a single byte of sealed was changed.
func Open(key, sealed, additionalData []byte) ([]byte, error) {
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize()+aead.Overhead() {
		return nil, errors.New("seal: sealed message too short")
	}
	nonce, ciphertext := sealed[:aead.NonceSize()], sealed[aead.NonceSize():]
	return aead.Open(nil, nonce, ciphertext, additionalData)
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key) // rejects any key that is not 16, 24 or 32 bytes
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
