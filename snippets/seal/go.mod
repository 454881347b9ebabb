module example.com/snippets/seal

go 1.19
