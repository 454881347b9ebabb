module example.com/snippets/echo

go 1.19
