// Command echo is a TCP echo server with one goroutine per connection.
package main

import (
	"flag"
	"log"
	"net"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:7007", "listen address")
	flag.Parse()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("echo listening on %s", ln.Addr())
	log.Fatal(Serve(ln))
}
