import nodemailer from "nodemailer";

/**
 * Tells the owner of an address that someone tried to create an account with it, when SMTP is
 * configured (SMTP_URL, SMTP_FROM). The sign-up itself answers as for a new address, so only
 * the mailbox's owner learns the account exists. Returns whether it was sent.
 */
export async function sendSignUpNotice({ to }: { to: string }): Promise<boolean> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return false;
  const transport = nodemailer.createTransport(smtpUrl);
  const site = process.env.DRAMATIS_URL ?? "Dramatis";
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Dramatis <dramatis@localhost>",
      to,
      subject: "Someone tried to sign up to Dramatis with your address",
      text:
        `Someone tried to create a Dramatis account (${site}) with this email address, which already has one.\n\n` +
        "If it was you, sign in with your password instead; if you have forgotten it, ask whoever runs this Dramatis to reset it.\n" +
        "If it was not you, you can ignore this email: no account was created and nothing was changed.\n",
    });
    return true;
  } catch (error) {
    console.error("Could not send the sign-up notice:", error instanceof Error ? error.message : error);
    return false;
  } finally {
    transport.close();
  }
}
