module example.com/snippets/tls-server

go 1.19
