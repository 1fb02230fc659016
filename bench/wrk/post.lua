-- A POST of the same JSON body ($HORAE_BODY) on every request: Reservanto's actions are all POSTs.
wrk.method = "POST"
wrk.body = os.getenv("HORAE_BODY")
wrk.headers["Content-Type"] = "application/json"
