import { contractClient, describeAgainstContract } from './prism';

describeAgainstContract('core client against the OpenAPI contract', (prism) => {
  it('reads userinfo with no request violations', async () => {
    const { client, violations } = contractClient(prism());
    const info = await client.getUserInfo();
    expect(typeof info.sub).toBe('string');
    await expect(client.getAuthenticatedWebuserId()).resolves.toBe(info.sub);
    expect(violations).toEqual([]);
  });

  it('rejects a request without credentials (the patched Basic scheme is enforced)', async () => {
    const response = await fetch(`${prism().baseUrl}/balance`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(401);
  });

  it('reads the balance with Basic auth accepted by the patched security scheme', async () => {
    const { client, violations } = contractClient(prism());
    const balance = await client.get<{ amount: number; currency: string }>('/balance');
    expect(typeof balance.amount).toBe('number');
    expect(violations).toEqual([]);
  });

  it('catches a wrong call: an unknown path and a body of the wrong type are reported', async () => {
    const { client, violations } = contractClient(prism());
    await expect(client.get('/no-such-endpoint')).rejects.toMatchObject({ status: 404 });
    await client.post('/sessions/sms', { smsId: 's0', recipient: 4915799912345, message: 'x' }).catch(() => undefined);
    expect(violations).toEqual([
      expect.objectContaining({ request: 'POST /sessions/sms', location: 'request.body.recipient' }),
    ]);
  });
});
