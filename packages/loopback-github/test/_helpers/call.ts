/** One REST call to a loopback GitHub at `apiBase`: status, headers and the parsed JSON body. */
export async function callApi(apiBase: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
