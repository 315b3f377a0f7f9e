// Command kratos runs Ory Kratos, built from its Go module with SQLite support.
package main

import (
	"os"

	"github.com/ory/kratos/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
