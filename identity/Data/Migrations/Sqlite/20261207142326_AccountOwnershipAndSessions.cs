using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PropertySaaS.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountOwnershipAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Suspended",
                table: "Tenants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Memberships",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "Invitations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Invitations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Estates",
                table: "Invitations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Roles",
                table: "Invitations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HomeTenantSlug",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_UserId",
                table: "Invitations",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Invitations_AspNetUsers_UserId",
                table: "Invitations",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // Existing accounts: the home company is the only company they belong to; an account already shared by
            // several companies gets none, so no company sees or changes what the others share. Every membership keeps
            // the name its company saw until now.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "HomeTenantSlug" = (SELECT MIN(m."TenantSlug") FROM "Memberships" m WHERE m."UserId" = "AspNetUsers"."Id" AND m."TenantSlug" IS NOT NULL)
                WHERE (SELECT COUNT(*) FROM "Memberships" m WHERE m."UserId" = "AspNetUsers"."Id" AND m."TenantSlug" IS NOT NULL) = 1;
                UPDATE "Memberships" SET "DisplayName" = (SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = "Memberships"."UserId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invitations_AspNetUsers_UserId",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_UserId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Suspended",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Estates",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Roles",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "HomeTenantSlug",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "Invitations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
