// Package web is dyad's dashboard: hand-written HTML, CSS and JavaScript
// (no third-party code, no CDN) embedded in the binary and served by
// Handler. The page talks to the JSON API under /api/v1; mount both with
// api.NewServer.
//
// Views, chosen by the URL hash:
//
//	#/pair?a=IDN&b=KHM   country-pair timeline: monthly stacked bars by quad
//	                     class, mean Goldstein line, top contexts, latest events
//	#/network            country network for a date range
//	#/events?...         event table with filters and "load more"
//	#/doc/ID             a document with each event's evidence highlighted
package web
