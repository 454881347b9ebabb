// Command tls-server is a TLS and HTTP/2 service built from the standard
// library alone: no router, no framework, no dependency tree to audit.
package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	addr := flag.String("addr", envOr("ADDR", ":8080"), "listen address")
	cert := flag.String("cert", envOr("TLS_CERT", "cert.pem"), "TLS certificate (PEM)")
	key := flag.String("key", envOr("TLS_KEY", "key.pem"), "TLS private key (PEM)")
	flag.Parse()

	if err := run(*addr, *cert, *key); err != nil {
		log.Fatal(err)
	}
}

func run(addr, certFile, keyFile string) error {
	// #region server
	srv := &http.Server{
		Addr:              addr,
		Handler:           newMux(),
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS12},
		ReadHeaderTimeout: 5 * time.Second,
	}
	errc := make(chan error, 1)
	// HTTP/2 is negotiated over TLS (ALPN): nothing to add for it.
	go func() { errc <- srv.ListenAndServeTLS(certFile, keyFile) }()
	// #endregion server

	// SIGTERM is how an orchestrator asks politely: stop accepting, finish in-flight work.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/api/status", status)
	// Importing net/http/pprof also registers on DefaultServeMux, but this
	// server never serves DefaultServeMux: the profiler is reachable only
	// where it is mounted here, so it can be moved or guarded deliberately.
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

func status(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(struct {
		Status string `json:"status"`
		Go     string `json:"go"`
		Proto  string `json:"proto"`
	}{"ok", runtime.Version(), r.Proto})
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
