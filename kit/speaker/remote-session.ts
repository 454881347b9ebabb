// The browser's side of the speaker's session (the server's is kit/speaker/remote-guard.ts): the presenter
// and the phone remote prove the password once, and the dev server answers with an HttpOnly cookie that
// every later request carries. The password is checked on the server; no page holds it but the one it
// was typed into.

/** GET: does this browser hold the speaker's session? POST `{ "password": "…" }`: open one. */
export const remoteSessionPath = '/__deck-remote/session'

async function reachServer(request: () => Promise<Response>): Promise<Response | undefined> {
  try {
    return await request()
  }
  catch (error) {
    console.warn('The dev server did not answer: is `npm run remote` still running?', error)
    return undefined
  }
}

export async function hasSpeakerSession(): Promise<boolean> {
  const response = await reachServer(() => fetch(remoteSessionPath, { cache: 'no-store' }))
  return response?.ok === true
}

export async function openSpeakerSession(password: string): Promise<boolean> {
  const response = await reachServer(() => fetch(remoteSessionPath, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ password }),
  }))
  // The server's refusal says why (a wrong password, too many of them) and what to do.
  if (response && !response.ok)
    console.warn(await response.text())
  return response?.ok === true
}
