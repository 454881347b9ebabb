package main

import (
	"fmt"
	"io"
	"net"
	"sync"
	"testing"
	"time"
)

func TestThousandConcurrentClientsEachGetTheirOwnEcho(t *testing.T) {
	const clients = 1000

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go Serve(ln)
	defer ln.Close()

	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs <- roundTrip(ln.Addr().String(), fmt.Sprintf("client %d says hello", i))
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func roundTrip(addr, msg string) error {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	// A deadline keeps a stuck connection from hanging the whole test.
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, msg); err != nil {
		return err
	}
	// Half-close so the server's io.Copy sees EOF and hangs up after echoing.
	if err := conn.(*net.TCPConn).CloseWrite(); err != nil {
		return err
	}
	got, err := io.ReadAll(conn)
	if err != nil {
		return err
	}
	if string(got) != msg {
		return fmt.Errorf("sent %q, got back %q", msg, got)
	}
	return nil
}
