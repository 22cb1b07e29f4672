import nodemailer from "nodemailer";

/**
 * Sends an invite link by email when SMTP is configured (SMTP_URL, e.g.
 * smtp://user:pass@mail.example.com:587, and SMTP_FROM). Without it, nothing is sent and the
 * owner copies the link; the invite works the same either way. Returns whether it was sent.
 */
export async function sendInviteEmail({ to, url, from }: { to: string; url: string; from: string }): Promise<boolean> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return false;
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Dramatis <dramatis@localhost>",
      to,
      subject: `${from} invited you to a Dramatis workspace`,
      text: `${from} invited you to work on prompts together in Dramatis.\n\nJoin here (the link works once): ${url}\n`,
    });
    return true;
  } catch (error) {
    // The invite exists either way; the owner is told it was not sent and can copy the link.
    console.error("Could not send the invite email:", error instanceof Error ? error.message : error);
    return false;
  } finally {
    transport.close();
  }
}
