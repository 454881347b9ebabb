package main

import (
	"io"
	"net"
)

// #region echo
// Serve gives each connection a goroutine: blocking code, on a few OS threads.
func Serve(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(conn)
	}
}

func handle(conn net.Conn) {
	defer conn.Close()
	io.Copy(conn, conn) // returns when the client closes its side
}

// #endregion echo
