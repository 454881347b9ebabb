package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// newTLSServer serves the real mux over TLS with HTTP/2 negotiated, the way
// ListenAndServeTLS would, so the test covers the protocol and not just handlers.
func newTLSServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(newMux())
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string) (*http.Response, []byte) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading body: %v", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200", path, resp.StatusCode)
	}
	return resp, body
}

func TestHealthzIsServedOverHTTP2(t *testing.T) {
	resp, body := get(t, newTLSServer(t), "/healthz")
	if resp.Proto != "HTTP/2.0" {
		t.Errorf("Proto = %q, want HTTP/2.0", resp.Proto)
	}
	if string(body) != "ok\n" {
		t.Errorf("body = %q, want %q", body, "ok\n")
	}
}

func TestStatusReturnsJSON(t *testing.T) {
	resp, body := get(t, newTLSServer(t), "/api/status")
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var got struct {
		Status string `json:"status"`
		Proto  string `json:"proto"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatalf("body %q is not valid JSON: %v", body, err)
	}
	if got.Status != "ok" || got.Proto != "HTTP/2.0" {
		t.Errorf("got %+v, want status ok over HTTP/2.0", got)
	}
}

func TestPprofIsMountedOnTheMux(t *testing.T) {
	get(t, newTLSServer(t), "/debug/pprof/")
}
