import {
  createCallModule,
  createFaxModule,
  createRTCMModule,
  createSMSModule,
  FaxStatus,
  SipgateIOSmsSenderError,
} from '../../lib';
import { contractClient, describeAgainstContract } from './prism';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describeAgainstContract('SMS, fax, call and RTCM against the OpenAPI contract', (prism) => {
  function setup() {
    const { client, violations } = contractClient(prism());
    return {
      client,
      violations,
      sms: createSMSModule(client),
      fax: createFaxModule(client),
      call: createCallModule(client),
      rtcm: createRTCMModule(client),
    };
  }

  it('SMS: send, schedule, extensions and caller IDs', async () => {
    const { sms, violations } = setup();
    await sms.send({ smsId: 's0', to: '+4915799912345', message: 'contract' });
    await sms.schedule({ smsId: 's0', to: '+4915799912345', message: 'later' }, new Date(Date.now() + 3_600_000));
    const extensions = await sms.getSmsExtensions('w0');
    expect(Array.isArray(extensions)).toBe(true);
    expect(Array.isArray(await sms.getCallerIds('w0', 's0'))).toBe(true);
    expect(violations).toEqual([]);
  });

  it('SMS with from: the lookups up to the sender check are valid calls', async () => {
    const { sms, violations } = setup();
    // The mock's caller-ID example ("phonenumber") matches no real number, so the flow stops at
    // the registration check; every request it made must still satisfy the contract.
    await expect(sms.send({ from: '+4915799912345', to: '+4915799912345', message: 'x' })).rejects.toBeInstanceOf(
      SipgateIOSmsSenderError,
    );
    expect(violations).toEqual([]);
  });

  it('fax: send (with and without faxlineId), status and faxlines', async () => {
    const { fax, violations } = setup();
    const { sessionId } = await fax.send({ to: '+4921112345678', fileContent: PDF, faxlineId: 'f0' });
    if (prism().kind === 'sandbox') {
      // The sandbox's fax line f0 can send, so the default-faxline path sends.
      await expect(fax.send({ to: '+4921112345678', fileContent: PDF })).resolves.toHaveProperty('sessionId');
    } else {
      // The mock's only faxline example has canSend: false, so the default-faxline path must end in
      // the typed "no faxline that can send" error after a valid faxlines request.
      await expect(fax.send({ to: '+4921112345678', fileContent: PDF })).rejects.toMatchObject({ field: 'faxlineId' });
    }
    await expect(fax.getFaxStatus(sessionId)).resolves.toBe(FaxStatus.SENT);
    await expect(fax.waitForDelivery(sessionId)).resolves.toBeUndefined();
    expect(Array.isArray(await fax.getFaxlines())).toBe(true);
    expect(violations).toEqual([]);
  });

  it('call: initiate in both forms', async () => {
    const { call, violations } = setup();
    await expect(call.initiate({ from: 'e0', to: '+4921165432', callerId: '+4917012345678' })).resolves.toHaveProperty(
      'sessionId',
    );
    await expect(call.initiate({ from: '+4921123456', deviceId: 'e14', to: '+4921165432' })).resolves.toHaveProperty(
      'sessionId',
    );
    expect(violations).toEqual([]);
  });

  it('RTCM: every call-control method', async () => {
    const { rtcm, violations } = setup();
    const calls = await rtcm.getEstablishedCalls();
    expect(Array.isArray(calls)).toBe(true);
    await rtcm.mute('c1', true);
    await rtcm.record('c1', { value: true, announcement: false });
    await rtcm.announce('c1', 'https://example.com/a.wav');
    await rtcm.transfer('c1', { attended: false, phoneNumber: '+4915799912345' });
    await rtcm.sendDTMF('c1', '123#');
    await rtcm.hold('c1', true);
    await rtcm.hangUp('c1');
    expect(violations).toEqual([]);
  });
});
