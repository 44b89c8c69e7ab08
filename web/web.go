package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Files returns the dashboard's static files (index.html, app.js,
// style.css) rooted at the folder that holds them.
func Files() fs.FS {
	f, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded folder is fixed at build time
	}
	return f
}

// Handler serves the dashboard. Unknown paths get index.html, so the page
// loads whatever path it is mounted under; assets are cached for an hour
// and index.html is always revalidated.
func Handler() http.Handler {
	files := Files()
	fsrv := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'")
		h.Set("Referrer-Policy", "same-origin")
		switch r.URL.Path {
		case "/app.js", "/style.css":
			h.Set("Cache-Control", "public, max-age=3600")
			fsrv.ServeHTTP(w, r)
			return
		}
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Type", "text/html; charset=utf-8")
		b, _ := fs.ReadFile(files, "index.html")
		w.Write(b)
	})
}
