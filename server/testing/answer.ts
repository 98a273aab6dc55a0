/** What the server answered a test's request: its status and its JSON. */
export type Answer = { status: number; body: unknown }

export async function serverAnswer(api: string, path: string): Promise<Answer> {
  const response = await fetch(`${api}${path}`)
  return { status: response.status, body: await response.json() }
}
