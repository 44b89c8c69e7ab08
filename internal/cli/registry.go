package cli

import (
	"context"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/store"
)

// storeRegistry lets the actor stage ask the store's cross-document
// registry for the country and sector of a name seen without a title.
type storeRegistry struct {
	ctx context.Context
	st  store.Store
}

var _ actor.Registry = storeRegistry{}

// LookupActor returns the most mentioned registry actor with that name or
// alias. Lookup errors count as not found: the registry only refines.
func (r storeRegistry) LookupActor(name string) (country, sector string, ok bool) {
	as, err := r.st.LookupActor(r.ctx, name)
	if err != nil || len(as) == 0 {
		return "", "", false
	}
	var a *store.RegistryActor
	for i := range as {
		if as[i].Kind == "person" && as[i].Country != "" {
			a = &as[i]
			break
		}
	}
	if a == nil {
		return "", "", false
	}
	return a.Country, a.Sector, true
}
