// Starts the GOV.UK Frontend and MoJ Frontend components of every page (error summary focus, service navigation,
// sortable tables). A module: browsers without module support keep the server-rendered page as it is.
import { initAll as initGovUk } from './govuk-frontend.min.js'
import { initAll as initMoj } from './moj-frontend.min.js'

initGovUk()
initMoj()

// The order page's "recorded" banner is shown once: the flag the form's redirect added leaves the address, so a reload
// or a bookmark does not announce the event again.
const address = new URL(window.location.href)
if (address.searchParams.has('recorded')) {
  address.searchParams.delete('recorded')
  window.history.replaceState(null, '', address)
}
