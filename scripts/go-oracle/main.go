// Prints what Go's text/template renders for each case in a JSON file, so the engine's Go
// tests compare against real Go output. Regenerate the golden file with:
//   go run scripts/go-oracle/main.go lib/core/template/go/cases.json > lib/core/template/go/cases.golden.json
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"text/template"
)

type testCase struct {
	Name     string            `json:"name"`
	Template string            `json:"template"`
	Data     interface{}       `json:"data"`
	Includes map[string]string `json:"includes,omitempty"`
}

type result struct {
	Name   string `json:"name"`
	Output string `json:"output"`
	Error  string `json:"error,omitempty"`
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var cases []testCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		panic(err)
	}
	results := []result{}
	for _, c := range cases {
		results = append(results, run(c))
	}
	out, _ := json.MarshalIndent(results, "", "  ")
	fmt.Println(string(out))
}

func run(c testCase) result {
	t, err := template.New(c.Name).Parse(c.Template)
	if err != nil {
		return result{Name: c.Name, Error: err.Error()}
	}
	for name, src := range c.Includes {
		if _, err := t.New(name).Parse(src); err != nil {
			return result{Name: c.Name, Error: err.Error()}
		}
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, c.Data); err != nil {
		return result{Name: c.Name, Output: buf.String(), Error: err.Error()}
	}
	return result{Name: c.Name, Output: buf.String()}
}
