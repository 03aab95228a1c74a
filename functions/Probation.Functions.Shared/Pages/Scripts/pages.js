// Starts the GOV.UK Frontend and MoJ Frontend components of every page (error summary focus, service navigation,
// sortable tables). A module: browsers without module support keep the server-rendered page as it is.
import { initAll as initGovUk } from './govuk-frontend.min.js'
import { initAll as initMoj } from './moj-frontend.min.js'

initGovUk()
initMoj()
