package web_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/store/sqlite"
)

// chromium finds a Chromium binary: Debian's /usr/bin/chromium first.
func chromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// fixtureServer serves the API and dashboard over a SQLite store holding
// the fixture documents, on 127.0.0.1.
func fixtureServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fixture.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	apitest.Load(t, db, apitest.Documents())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: api.NewServer(db, api.DefaultOptions())}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// TestDashboard drives the dashboard in headless Chromium: pick a country
// pair, check the timeline and events, open a document and its evidence,
// visit the network and event views at desktop and phone widths, and fail
// on any JavaScript exception, console error or error log entry.
func TestDashboard(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium binary found and CI=true: install it with apt-get install -y chromium chromium-driver")
		}
		t.Skip("no chromium binary found (apt-get install -y chromium chromium-driver); skipping the browser test")
	}
	srv := fixtureServer(t)
	shots := os.Getenv("DYAD_SCREENSHOT_DIR")
	if shots == "" {
		shots = t.TempDir()
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	var mu sync.Mutex
	var problems []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg = d.Exception.Description
			}
			problems = append(problems, fmt.Sprintf("exception: %s (%s:%d)", msg, d.URL, d.LineNumber))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				problems = append(problems, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				problems = append(problems, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	if err != nil {
		t.Fatalf("chromedp.Listen: %v", err)
	}

	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			buf, err := chromedp.CaptureScreenshot()(ctx, tg)
			if err != nil {
				return err
			}
			p := filepath.Join(shots, name+".png")
			t.Logf("screenshot %s", p)
			return os.WriteFile(p, buf, 0o644)
		})
	}
	ready := func(view, extra string) chromedp.Action[chromedp.Void] {
		cond := `document.body.dataset.ready === "` + view + `"`
		if extra != "" {
			cond += " && (" + extra + ")"
		}
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool]("!!("+cond+")", chromedp.WithPollingTimeout(15*time.Second))(ctx, tg)
			if err != nil {
				return fmt.Errorf("waiting for %s: %w", cond, err)
			}
			return nil
		})
	}
	count := func(sel string, n *int) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			v, err := chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`)(ctx, tg)
			*n = v
			return err
		})
	}
	eval := func(expr string, out any) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			switch o := out.(type) {
			case *string:
				v, err := chromedp.Evaluate[string](expr)(ctx, tg)
				*o = v
				return err
			case *int:
				v, err := chromedp.Evaluate[int](expr)(ctx, tg)
				*o = v
				return err
			}
			return fmt.Errorf("eval: unsupported %T", out)
		})
	}
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	var bars, pairEvents, marks, active, edges, rows, overflow int
	var hash string
	steps := []struct {
		name string
		act  []chromedp.Action[chromedp.Void]
	}{
		{"open dashboard", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/"),
			ready("pair", `document.querySelector("#sel-a")`),
		}},
		{"pick IDN and AUS, then KHM", []chromedp.Action[chromedp.Void]{
			chromedp.SetValue(css("#sel-a"), "IDN"),
			chromedp.SetValue(css("#sel-b"), "AUS"),
			chromedp.Click(css("#pair-form button[type=submit]")),
			ready("pair", `location.hash.includes("b=AUS") && document.querySelectorAll("#timeline rect.bar").length > 0`),
			chromedp.SetValue(css("#sel-b"), "KHM"),
			chromedp.Click(css("#pair-form button[type=submit]")),
			ready("pair", `location.hash.includes("b=KHM") && document.querySelectorAll("#timeline rect.bar").length > 0`),
			count("#timeline rect.bar", &bars),
			count("#pair-events li[data-event]", &pairEvents),
			eval(`location.hash`, &hash),
			shot("pair-1280"),
		}},
		{"open a document from the pair view", []chromedp.Action[chromedp.Void]{
			chromedp.Click(css("#pair-events li a")),
			ready("doc", `document.querySelectorAll("#doc-text mark[data-event]").length > 0`),
			count("#doc-text mark[data-event]", &marks),
			chromedp.Click(css("#doc-events li[data-event]:last-child")),
			count("#doc-text mark.active", &active),
			shot("doc-1280"),
		}},
		{"network", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/#/network"),
			ready("network", `document.querySelector("#network svg")`),
			count("#network line.edge", &edges),
			shot("network-1280"),
		}},
		{"events table", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/#/events?quad_class=1"),
			ready("events", ""),
			count("#events-body tr", &rows),
			chromedp.Navigate(srv.URL + "/#/events"),
			ready("events", `document.querySelectorAll("#events-body tr").length === 9`),
			shot("events-1280"),
		}},
		{"phone width", []chromedp.Action[chromedp.Void]{
			chromedp.EmulateViewport(390, 844),
			chromedp.Navigate(srv.URL + "/#/pair?a=IDN&b=KHM"),
			ready("pair", `document.querySelectorAll("#timeline rect.bar").length > 0`),
			shot("pair-390"),
			eval(`document.documentElement.scrollWidth - window.innerWidth`, &overflow),
			chromedp.Navigate(srv.URL + "/#/doc/fix-001?event=1"),
			ready("doc", `document.querySelector("#doc-text mark")`),
			shot("doc-390"),
			chromedp.Navigate(srv.URL + "/#/events"),
			ready("events", `document.querySelectorAll("#events-body tr").length > 0`),
			shot("events-390"),
		}},
	}
	for _, s := range steps {
		if err := chromedp.Do(ctx, s.act...); err != nil {
			mu.Lock()
			t.Fatalf("%s: %v (page problems so far: %q)", s.name, err, problems)
		}
	}

	if !strings.Contains(hash, "a=IDN") || !strings.Contains(hash, "b=KHM") {
		t.Errorf("hash after picking the pair = %q, want a=IDN and b=KHM", hash)
	}
	if bars == 0 {
		t.Errorf("timeline has no bars")
	}
	if pairEvents == 0 {
		t.Errorf("pair view lists no events")
	}
	if marks == 0 {
		t.Errorf("document view has no highlighted evidence")
	}
	if active == 0 {
		t.Errorf("clicking an event highlighted no evidence")
	}
	if edges != 4 {
		t.Errorf("network has %d edges, want 4", edges)
	}
	if rows != 6 {
		t.Errorf("events table with quad_class=1 has %d rows, want 6", rows)
	}
	if overflow > 1 {
		t.Errorf("page is %d px wider than a 390 px phone screen", overflow)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("page logged: %s", p)
	}
}

func jsString(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
