// What every benchmark does to talk to the gateway: plain HTTP GraphQL and signing in as a demo account.
export async function gql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const login = async (url, email) =>
  (await gql(url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: email, password: 'Demo-Password1!' } })).login.accessToken;
