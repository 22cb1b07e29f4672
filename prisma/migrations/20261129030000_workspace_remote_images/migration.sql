-- AlterTable: whether Markdown previews in this workspace load images from other sites.
-- (ADD COLUMN rather than the table rebuild `prisma migrate diff` writes: same result, and no
-- rebuild of a table every other table references.)
ALTER TABLE "Workspace" ADD COLUMN "allowRemoteImages" BOOLEAN NOT NULL DEFAULT false;
