// Command hydra runs Ory Hydra, built from its Go module with SQLite support.
package main

import "github.com/ory/hydra/v2/cmd"

func main() {
	cmd.Execute()
}
