// Prints what Go's text/template renders, so the engine's Go tests compare against real Go
// output and CI needs no Go. Two inputs:
//
//	go run scripts/dev/go-oracle/main.go lib/core/template/go/cases.json > lib/core/template/go/cases.golden.json
//	go run scripts/dev/go-oracle/main.go -spec ../shared/spec/go-text-template > lib/core/template/go/spec.golden.json
//
// The first reads the project's own cases (template, data, includes). The second reads Go's
// own text/template test tables as JSON (cases.json, extra-cases.json, named-values.json) and
// runs each with the JSON data, as the engine sees it: numbers are float64, maps map[string]any.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

type specExec struct {
	Suite   string      `json:"suite"`
	Name    string      `json:"name"`
	Input   string      `json:"input"`
	Data    interface{} `json:"data"`
	DataRef string      `json:"dataRef"`
}

type specParse struct {
	Table string `json:"table"`
	Name  string `json:"name"`
	Input string `json:"input"`
}

type specResult struct {
	Key        string `json:"key"`
	Output     string `json:"output"`
	ParseError string `json:"parseError,omitempty"`
	ExecError  string `json:"execError,omitempty"`
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "-spec" {
		printJSON(runSpec(os.Args[2]))
		return
	}
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
	printJSON(results)
}

func printJSON(value interface{}) {
	out, _ := json.MarshalIndent(value, "", "  ")
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

func readJSON(path string, into interface{}) {
	raw, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		panic(err)
	}
}

func runSpec(dir string) []specResult {
	var cases struct {
		ExecCases   []specExec  `json:"execCases"`
		ParseInputs []specParse `json:"parseInputs"`
	}
	readJSON(filepath.Join(dir, "cases.json"), &cases)
	var extra []specExec
	readJSON(filepath.Join(dir, "extra-cases.json"), &extra)
	var named map[string]interface{}
	readJSON(filepath.Join(dir, "named-values.json"), &named)

	results := []specResult{}
	seen := map[string]bool{}
	for _, c := range append(cases.ExecCases, extra...) {
		key := "exec/" + c.Suite + "/" + c.Name + "/" + c.Input
		if seen[key] {
			continue
		}
		seen[key] = true
		data := c.Data
		if c.DataRef != "" {
			data = named[c.DataRef]
		}
		results = append(results, execute(key, c.Input, data))
	}
	for _, c := range cases.ParseInputs {
		key := "parse/" + c.Table + "/" + c.Name + "/" + c.Input
		if seen[key] {
			continue
		}
		seen[key] = true
		results = append(results, execute(key, c.Input, nil))
	}
	return results
}

func execute(key, input string, data interface{}) (r specResult) {
	r.Key = key
	defer func() {
		if p := recover(); p != nil {
			r.ExecError = fmt.Sprint("panic: ", p)
		}
	}()
	t, err := template.New("spec").Parse(input)
	if err != nil {
		r.ParseError = err.Error()
		return r
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, data)
	r.Output = buf.String()
	if err != nil {
		r.ExecError = err.Error()
	}
	return r
}
