<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminCommands</name>
    <message>
        <location filename="../admin/AdminCommands.cpp" line="+112"/>
        <source>secondsale-admin %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>secondsale-admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try &apos;secondsale-admin --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer uid or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for the printer&apos;s bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed after this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email, sms or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a win-back coupon to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One table of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer for this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current while the last purchase is this recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed after this many days without a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check only; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the good rows, leave the rejected ones out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column=field pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one command at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no key: use --key-file FILE or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>init needs --store-name and --terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>demo: --seed, --products, --customers, --months and --last-day must be valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created demo store %1: %2 products, %3 customers, %4 sales, %5 sale lines, %6 coupons issued, %7 redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>backup needs --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore needs --from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the previous store was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>store: %1 (terminal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher %1, schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 products, %2 customers, %3 sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeat-customer figures of %n customer(s) agree with the history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>repeat-customer figures rebuilt from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rekey needs --new-key-file FILE or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>re-encrypted %1 under the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer merge needs --id and --into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merged; the kept record now holds all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customer erased; their sales remain, anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--from and --to are dates: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import-products needs the CSV file: import-products FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>products written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>winback needs --days N (N ≥ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 customers to invite back, %2 coupons issued, written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>receipt needs --sale RECEIPT and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>simulate-sales needs --count N (N ≥ 1) and a numeric --seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../core/catalog/CategoryTree.cpp" line="+90"/>
        <source>The category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category name must be at most %1 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>That category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The category it should go under no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A category cannot go inside itself or one of its subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories go at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a category &quot;%1&quot; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offers, coupons or customers&apos; interests refer to this category, so it stays. Rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n product(s) are in &quot;%1&quot;: move them to another category first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has subcategories: move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/ContactProblemText.cpp" line="+12"/>
        <source>A first name is needed (it goes on the receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That phone number does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email or a phone number is needed to invite them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That postcode does not look right (letters, digits and one space, at most 12).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPrint</name>
    <message>
        <location filename="../../ui/reports/DashboardPrint.cpp" line="+19"/>
        <source>%1 — are customers coming back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period %1 to %2 (UTC days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <location filename="../admin/DeviceCommands.cpp" line="+65"/>
        <source>%1  %2  %3</source>
        <translation type="unfinished">%1  %2  %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  — cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  — no status reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No supported printer or scanner is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Test page sent to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 bytes written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../support/ErrorText.cpp" line="+10"/>
        <source>The key does not open this file, or it is not an encrypted database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a SecondSale database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was written by a newer SecondSale. Update SecondSale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target file already exists. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is in use by another program. Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside SecondSale (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../ui/FileExport.cpp" line="+23"/>
        <source>The file could not be written (disk full or no permission). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <location filename="../admin/ProductCommands.cpp" line="+51"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: fix the rows above (or pass --skip-rejected to leave them out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported: %1 created, %2 updated, %3 left out, %4 new categories, %5 stock counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDraftRules</name>
    <message>
        <location filename="../../core/catalog/ProductDraft.cpp" line="+31"/>
        <source>The product needs an SKU (the shop&apos;s own article number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SKU must be at most %1 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must be at most %1 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category must be at most %1 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a tax class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reorder level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product can have at most %1 barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The barcode %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <location filename="../../core/catalog/ProductImport.cpp" line="+132"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished">Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No column is the SKU: choose which column holds each product&apos;s SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are both the %1: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unreadable characters: save the file as UTF-8 (or Windows-1252) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SKU must be at most %1 characters, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name must be at most %1 characters, without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the price %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the price &quot;%1&quot; is not an amount such as 12.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cost &quot;%1&quot; is not an amount such as 7.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>barcode %1 is already on product %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>barcode %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most %1 barcodes per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tax class &quot;%1&quot; is not one of this store&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store has no tax classes yet: add them in the store&apos;s settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the category name is too long or has control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the stock &quot;%1&quot; is not a whole number from 0 to 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read as %1, separated by &quot;%2&quot;, %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To create: %1 · to update: %2 · rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>barcode %1 has a wrong check digit (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>barcode &quot;%1&quot; is neither a GTIN nor a shop code (letters, digits, dashes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatReport</name>
    <message>
        <location filename="../../core/reports/RepeatReport.cpp" line="+132"/>
        <source>within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>181–365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10–25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25–50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100–250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250–500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/reports/ReportCharts.cpp" line="+62"/>
        <source>How soon new customers come back: share back within so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days since the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>% came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Days from first to second purchase (new customers of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Your customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers by what they have spent in all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Second-purchase rate by month of first purchase (so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../core/reports/ReportTables.cpp" line="+23"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period you chose, next to the one before it. Click a number to see the customers behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+255"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Every sale rung up, with or without a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the sales took, less refunds given in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <source>Customer captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Share of sales where the customer was found or signed up at the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of sales where we do not know who bought: nobody to invite back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers whose first purchase was in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-purchase takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What those first purchases took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Came back so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Of the new customers, how many have made a second purchase since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second-purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of new customers who came back: the number to grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to second purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half of those who came back did so within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who bought in the period and had bought before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second and later purchases made in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat-purchase takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What those repeat purchases took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second purchases per first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second purchases made in the period for every first purchase made in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money given back in the period (refunded sales do not count as purchases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by 1 month on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 months on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Came back, by month of first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is the customers who first bought in that month; each cell the share of them who had made a second purchase by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <location line="+141"/>
        <location line="+10"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Average lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How soon customers come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of all customers whose first purchase is at least that old, the share who came back within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers that long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Days to second purchase: percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quarter of the customers who came back did so within the first figure, half within the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of those who came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>50 % (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by your own buying cycle (thresholds in days can be changed above). Lapsed customers with consent are the win-back list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Lifetime revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>first purchase in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bought in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last purchase %1–%2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no purchase for more than %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Best customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By everything they have spent, less refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offers on the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons printed in the period, and what became of them so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takings of redeeming sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At the till, by cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second sales earned: new customers a cashier served first who have come back since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashier</source>
        <translation type="unfinished">Kasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers served first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of those, say yes to offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second sales earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came-back rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no longer on staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days to second purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers of the period who came back, by how long it took them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers by everything they have spent, less refunds (in the shop&apos;s currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePermissions</name>
    <message>
        <location filename="../../core/staff/Permissions.cpp" line="+89"/>
        <source>Edit, deactivate and reactivate products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change prices in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive stock and record write-offs and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cashiers, reset their PINs, deactivate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look after customer records (edit, merge, export, erase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print shelf labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <location filename="../../core/receipt/SaleReceipt.cpp" line="+33"/>
        <source>%1% off your next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 off your next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when you spend %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until %1, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1% off their first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 off their first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with your code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Printer test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you can read this, the printer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>*** COPY — reprinted ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax reg. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTAL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of which tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thanks, %1 — visit #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this receipt for returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may also need:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelfLabels</name>
    <message>
        <location filename="../../core/labels/ShelfLabels.cpp" line="+24"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportFormatter</name>
    <message>
        <location filename="../../core/shift/ShiftReport.cpp" line="+32"/>
        <source>Z REPORT — SHIFT CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X REPORT — SHIFT OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-sale drawer opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRules</name>
    <message>
        <location filename="../../core/staff/StaffRules.cpp" line="+12"/>
        <source>Only the owner may make managers and owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Only a manager or the owner may look after staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A manager may change cashiers&apos; accounts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop must keep at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the person&apos;s name: it shows on the log-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name is at most 60 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <location filename="../../core/catalog/StockChange.cpp" line="+25"/>
        <source>Received from a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing (theft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than a shop holds: check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A count cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A correction of zero changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cost goes with goods received, and is not negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreChoices</name>
    <message>
        <location filename="../../ui/setup/StoreChoices.cpp" line="+13"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettingsRules</name>
    <message>
        <location filename="../../core/store/StoreSettings.cpp" line="+28"/>
        <source>The %1 holds control characters: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 may have at most %2 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line of the %1 is longer than the receipt (%2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store&apos;s name must be one line of at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The till&apos;s number cannot change here: every receipt number is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency cannot change once the till has sold: the figures would mix currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax registration number may hold letters, digits, spaces, dots, dashes and slashes (at most 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The tax class &quot;%1&quot; is used by %n product(s): move them to another class first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A receipt prints 1 to %1 coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is valid for 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer segments need: new ≤ current &lt; lapsed days, from 1 day to 10 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo must be a PNG picture of at most %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSetupRules</name>
    <message>
        <location filename="../../core/store/StoreSetup.cpp" line="+38"/>
        <source>Add at least one tax rate (a zero rate is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every tax rate needs a short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax code &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax rate &quot;%1&quot; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tax rate &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store needs a name: it is printed at the top of every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The till&apos;s number must be 1 to 8 letters or digits (for example T01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the store&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the store&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The owner needs a name: it shows on the log-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner&apos;s PIN must be %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must be at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store&apos;s key was not made; go back to the key page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>VAT standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>VAT reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>VAT zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>VAT intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zero rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../gui/SyncSettings.cpp" line="+76"/>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted (this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSetupRules</name>
    <message>
        <location filename="../../core/sync/SyncSetup.cpp" line="+20"/>
        <source>The shop code is 1 to 16 capital letters, digits or hyphens, the same on each of the shop&apos;s tills (for example HIGHST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is a host name or address, such as central.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database and the user name are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Across a network the connection must be encrypted: choose one of the TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="+24"/>
        <source>Point of sale that wins the second sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo store (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File holding the store&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer: auto, virtual, usb, or usb:VVVV:PPPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer profile (epson-tm-t20iii, generic-58, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB scanner: auto, none, or usb:VVVV:PPPP[:boot].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture (PNG, JPEG, SVG) printed at the top of receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the screens and receipts (de, en); default: the desktop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::app::BackupScheduler</name>
    <message>
        <location filename="../gui/BackupScheduler.cpp" line="+82"/>
        <source>Choose the folder the backups go to first (for example the shop&apos;s USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup folder is not there: is the USB stick plugged in? SecondSale tries again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::app::FirstRun</name>
    <message>
        <location filename="../gui/FirstRun.cpp" line="+73"/>
        <source>This computer&apos;s keyring could not keep the store&apos;s key. Go back to the key page and choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::app::KeyringKeySource</name>
    <message>
        <location filename="../gui/KeyringKeySource.cpp" line="+75"/>
        <source>This copy of SecondSale was built without keyring support: choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::app::Startup</name>
    <message>
        <location filename="../gui/Startup.cpp" line="+368"/>
        <source>No store was set up. Start SecondSale again to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlock the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the store&apos;s passphrase or its recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No passphrase was given, so the store stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::AddProductDialog</name>
    <message>
        <location filename="../../ui/checkout/AddProductDialog.cpp" line="+23"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 12.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add and ring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished">Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the product a name, a price such as 12.99 and a tax class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That barcode is already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ApprovalDialog</name>
    <message>
        <location filename="../../ui/ApprovalDialog.cpp" line="+20"/>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager. Manager, choose your name and enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not approved: wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::BackOfficeDialog</name>
    <message>
        <location filename="../../ui/backoffice/BackOfficeDialog.cpp" line="+29"/>
        <source>Back office — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import products from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export all products as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store s&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Greyed-out parts are the owner&apos;s only (Store settings → What managers may do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The products could not be read. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::BackupDialog</name>
    <message>
        <location filename="../../ui/backup/BackupDialog.cpp" line="+25"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each backup is a whole, encrypted copy of the store, opened with the store&apos;s own passphrase or recovery key. Keep the stick away from the till, and take it home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backing up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups yet: choose where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last backup: %1 — %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CartModel</name>
    <message>
        <location filename="../../ui/checkout/CartModel.cpp" line="+66"/>
        <source> (override)</source>
        <translation> (Preis geändert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>ss::ui::CatalogPanel</name>
    <message>
        <location filename="../../ui/backoffice/CatalogPanel.cpp" line="+46"/>
        <source>−%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU, barcode or part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation type="unfinished">Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dearer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheaper by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 or 2.5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shelf &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the selected products (Ctrl or Shift to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as an A4 label sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save shelf labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelf-labels-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Deactivate / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview new prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply the new prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Make what is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The catalogue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 products listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+71"/>
        <source>Choose the product in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The new product is saved; it rings up at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The product is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+20"/>
        <source>Choose the products in the list first (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The owner keeps shelf labels for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels could not be queued. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n label(s) sent to the receipt printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n label(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label sheet could not be written (disk full or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated: it no longer rings up, and its sales stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on sale again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the change as a percentage such as 5 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview: %1 active products would change. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview the new prices first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A price changed since the preview, so nothing was changed: preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prices could not be changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 prices changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CategoriesPanel</name>
    <message>
        <location filename="../../ui/backoffice/CategoriesPanel.cpp" line="+28"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add as a new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename / move the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The categories could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Choose the category in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The category is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The category is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CheckoutScreen</name>
    <message>
        <location filename="../../ui/checkout/CheckoutScreen.cpp" line="+74"/>
        <source>%1% off</source>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That coupon is not one of this shop&apos;s.</source>
        <translation>Dieser Gutschein ist nicht von diesem Geschäft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon code has a typo: check the letters and digits and try again.</source>
        <translation>Der Gutscheincode hat einen Tippfehler: Buchstaben und Ziffern prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That coupon code is not valid here.</source>
        <translation>Dieser Gutscheincode gilt hier nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon expired on %1.</source>
        <translation>Dieser Gutschein ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon is valid from %1.</source>
        <translation>Dieser Gutschein gilt ab %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon was already used on %1 (receipt %2).</source>
        <translation>Dieser Gutschein wurde schon am %1 eingelöst (Bon %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That coupon was cancelled: the purchase that earned it was returned.</source>
        <translation>Dieser Gutschein wurde storniert: Der Einkauf, für den es ihn gab, wurde zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon needs a spend of %1 or more.</source>
        <translation>Dieser Gutschein gilt ab einem Einkauf von %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the customer&apos;s own referral code: it is for their friends.</source>
        <translation>Das ist der eigene Empfehlungscode des Kunden: Er ist für seine Freunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That coupon is for %1: ring those items up first, then scan it.</source>
        <translation>Dieser Gutschein gilt für %1: Erst diese Artikel erfassen, dann den Gutschein scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other items</source>
        <translation>andere Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A referral code is for a friend&apos;s first purchase; this customer has bought before.</source>
        <translation>Ein Empfehlungscode gilt für den ersten Einkauf eines Freundes; dieser Kunde hat schon bei uns gekauft.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer  F5</source>
        <translation>Kunde  F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers…  Ctrl+F5</source>
        <translation>Kunden…  Strg+F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer records, for a manager or the owner</source>
        <translation>Kundendaten, für Filialleitung oder Inhaber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices…  Ctrl+D</source>
        <translation>Geräte…  Strg+D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offers…  Ctrl+O</source>
        <translation>Angebote…  Strg+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard…  Ctrl+Shift+D</source>
        <translation>Zahlen…  Strg+⇧+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are customers coming back? The owner&apos;s figures</source>
        <translation>Kommen die Kunden wieder? Die Zahlen für den Inhaber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint  Ctrl+R</source>
        <translation>Nachdruck  Strg+R</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scan, or type a barcode, SKU or name</source>
        <translation>Scannen oder Barcode, Artikelnummer oder Namen eingeben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add this product (manager)</source>
        <translation>Diesen Artikel anlegen (Filialleitung)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cash  F9</source>
        <translation>Bar  F9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card  F10</source>
        <translation>Karte  F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount  F6</source>
        <translation>Rabatt  F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity  F4</source>
        <translation>Menge  F4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void line  Del</source>
        <translation>Zeile storn.  Entf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void sale  F8</source>
        <translation>Bon storn.  F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend  F11</source>
        <translation>Parken  F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume  F12</source>
        <translation>Fortsetzen  F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return  F7</source>
        <translation>Rückgabe  F7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale  F3</source>
        <translation>Lade öffnen  F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift / X / Z  F2</source>
        <translation>Schicht / X / Z  F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price  F1</source>
        <translation>Preis  F1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+662"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="-648"/>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Referral %1 applied: %2 welcome discount</source>
        <translation>Empfehlung %1 eingelöst: %2 Willkommensrabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon %1 applied: %2</source>
        <translation>Gutschein %1 eingelöst: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code %1 — not in the catalogue.</source>
        <translation>Unbekannter Code %1 — nicht im Sortiment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That scan was misread (%1). Scan again or type the number.</source>
        <translation>Der Scan war fehlerhaft (%1). Erneut scannen oder die Nummer eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not added: quantity or line limit reached.</source>
        <translation>%1 wurde nicht hinzugefügt: Mengen- oder Zeilengrenze erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue could not be read. Try the scan again.</source>
        <translation>Das Sortiment konnte nicht gelesen werden. Bitte erneut scannen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refunded %1 — receipt %2.</source>
        <translation>%1 erstattet — Bon %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid — receipt %1.</source>
        <translation>Bezahlt — Bon %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid — receipt %1. Change due: %2</source>
        <translation>Bezahlt — Bon %1. Rückgeld: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale suspended. Resume it with F12.</source>
        <translation>Verkauf geparkt. Mit F12 fortsetzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serving: %1</source>
        <translation>Bedient: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal %1</source>
        <translation>Zwischensumme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. tax %1</source>
        <translation>inkl. MwSt. %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That product is no longer available.</source>
        <translation>Dieser Artikel ist nicht mehr erhältlich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not possible: %1.</source>
        <translation>Nicht möglich: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <location line="+19"/>
        <location line="+25"/>
        <source>Select a line first.</source>
        <translation>Zuerst eine Zeile auswählen.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>That did not work. Try again.</source>
        <translation>Das hat nicht geklappt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approved by a manager.</source>
        <translation>Von der Filialleitung freigegeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+56"/>
        <location line="+10"/>
        <source>Scan something first.</source>
        <translation>Zuerst etwas scannen.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Customer: %1 %2 · visit #%3</source>
        <translation>Kunde: %1 %2 · Besuch Nr. %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Captured %1 · skipped %2</source>
        <translation>Erfasst %1 · ohne %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment cannot start now.</source>
        <translation>Die Zahlung kann jetzt nicht beginnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This discount</source>
        <translation>Dieser Rabatt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many?</source>
        <translation>Wie viele?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price override</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New unit price (a manager approves):</source>
        <translation>Neuer Stückpreis (die Filialleitung gibt frei):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a price such as 12.99.</source>
        <translation>Einen Preis wie 12,99 eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A price override</source>
        <translation>Eine Preisänderung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sale voided.</source>
        <translation>Bon storniert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to suspend.</source>
        <translation>Nichts zu parken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suspended sales.</source>
        <translation>Keine geparkten Verkäufe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume a sale</source>
        <translation>Verkauf fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sales:</source>
        <translation>Geparkte Verkäufe:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finish or suspend the current sale before a return.</source>
        <translation>Vor einer Rückgabe den laufenden Verkauf abschließen oder parken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Z report could not be queued for printing; it is kept with the shift.</source>
        <translation>Der Z-Bericht konnte nicht zum Drucken eingereiht werden; er bleibt bei der Schicht gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding a product</source>
        <translation>Einen Artikel anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawer opened without a sale (logged).</source>
        <translation>Kassenlade ohne Verkauf geöffnet (protokolliert).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer records</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: ready — paper nearly out</source>
        <translation>%1: bereit — Papier fast leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ready</source>
        <translation>%1: bereit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not connected — plug it in</source>
        <translation>nicht verbunden — bitte anschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of paper — put in a new roll</source>
        <translation>kein Papier — eine neue Rolle einlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cover open — close it</source>
        <translation>Deckel offen — bitte schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission — install the SecondSale udev rules and re-plug it</source>
        <translation>keine Berechtigung — die udev-Regeln von SecondSale installieren und neu einstecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in use by another program or driver (a CUPS queue?) — release it</source>
        <translation>von einem anderen Programm oder Treiber belegt (eine CUPS-Warteschlange?) — bitte freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printing — check it</source>
        <translation>druckt nicht — bitte prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. Receipts waiting: %3 — they print when it is back.</source>
        <translation>%1: %2. Wartende Bons: %3 — sie werden gedruckt, sobald er wieder bereit ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint a receipt</source>
        <translation>Bon nachdrucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number (scan the receipt, or type it):</source>
        <translation>Bonnummer (Bon scannen oder eintippen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no sale with that receipt number.</source>
        <translation>Es gibt keinen Verkauf mit dieser Bonnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reprint could not be queued.</source>
        <translation>Der Nachdruck konnte nicht eingereiht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint queued (marked COPY).</source>
        <translation>Nachdruck eingereiht (als KOPIE markiert).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device settings</source>
        <translation>Geräteeinstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The offers</source>
        <translation>Die Angebote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner may change the offers.</source>
        <translation>Nur der Inhaber darf die Angebote ändern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The dashboard</source>
        <translation>Die Auswertung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner may change the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a receipt not synced yet</source>
        <translation>ein noch nicht abgeglichener Beleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tills: in sync (last %1)</source>
        <translation>Andere Kassen: abgeglichen (zuletzt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other tills: out of reach since %1 — selling goes on</source>
        <translation>Andere Kassen: nicht erreichbar seit %1 – der Verkauf geht weiter</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Abgleich</numerusform>
            <numerusform>%n Änderungen warten auf den Abgleich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes from other tills were refused here</source>
        <translation>Einige Änderungen anderer Kassen wurden hier abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon %1 used twice: %2 and %3</source>
        <translation>Gutschein %1 doppelt eingelöst: %2 und %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n coupon(s) used twice while a till was offline:</source>
        <translation>
            <numerusform>%n Gutschein doppelt eingelöst, während eine Kasse offline war:</numerusform>
            <numerusform>%n Gutscheine doppelt eingelöst, während eine Kasse offline war:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: first on %2, again on %3</source>
        <translation>%1: zuerst auf %2, erneut auf %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomerCaptureDialog</name>
    <message>
        <location filename="../../ui/checkout/CustomerCaptureDialog.cpp" line="+29"/>
        <source>  · phone …%1</source>
        <translation>  · Telefon …%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  · @%1</source>
        <translation>  · @%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  · %1 visit(s)</source>
        <translation>  · %1 Besuch(e)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who is this for?</source>
        <translation>Für wen ist der Einkauf?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returning customer: phone, email or name</source>
        <translation>Stammkunde: Telefon, E-Mail oder Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask: “May we tell you about new stock and offers? You can say no, or change your mind at any time.” Tick only what the customer agrees to.</source>
        <translation>Fragen: „Dürfen wir Sie über neue Ware und Angebote informieren? Sie können Nein sagen oder es sich jederzeit anders überlegen.“ Nur ankreuzen, was der Kunde erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes to email</source>
        <translation>Ja zu E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes to text messages</source>
        <translation>Ja zu SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes to post</source>
        <translation>Ja zu Post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save customer</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer declined</source>
        <translation>Kunde lehnt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a hurry</source>
        <translation>In Eile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift or visitor</source>
        <translation>Geschenk oder Tourist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip  Esc</source>
        <translation>Überspringen  Esc</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Someone with that phone or email is already a customer: pick them above.</source>
        <translation>Jemand mit dieser Telefonnummer oder E-Mail ist schon Kunde: oben auswählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer could not be saved. The sale can go on without.</source>
        <translation>Der Kunde konnte nicht gespeichert werden. Der Verkauf geht auch ohne weiter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Is this them? Pick them above, or press Save again for a new record.</source>
        <translation>Ist das die Person? Oben auswählen, oder erneut Speichern für einen neuen Eintrag.</translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomerEditForm</name>
    <message>
        <location filename="../../ui/customers/CustomerEditForm.cpp" line="+40"/>
        <source>Scan the customer&apos;s loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A loyalty card number has only letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomerListModel</name>
    <message>
        <location filename="../../ui/customers/CustomerListModel.cpp" line="+57"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomerProfileView</name>
    <message>
        <location filename="../../ui/customers/CustomerProfileView.cpp" line="+28"/>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished">Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: customer says yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wording shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History (entries are never changed; a withdrawal is a new entry):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a customer on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (No. %2)
%3
%4 visits · spent %5 · customer since %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no purchase yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 × %2</source>
        <translation type="unfinished">%1 × %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation type="unfinished">%1 Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2. {1:?} {2?}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Marketing now — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomersDialog</name>
    <message>
        <location filename="../../ui/customers/CustomersDialog.cpp" line="+44"/>
        <source>Customers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone digits, email, name, or scan a card or receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Another customer already has that phone, email or loyalty card. If it is the same person, merge the two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no address on record for that channel: add it under Details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawal recorded. No more marketing on that channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file could not be written (disk full or no permission). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged: all history is now on this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erase this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes %1&apos;s name, contact details, loyalty card and interests for good, and withdraws every consent. Their sales stay in the books without a name. It cannot be undone.

Export their data first if they asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erased. The erasure is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a manager or the owner may see or change customer records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That customer is no longer on record (erased or merged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work, and nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::DashboardWindow</name>
    <message>
        <location filename="../../ui/reports/DashboardWindow.cpp" line="+61"/>
        <source>Are customers coming back? — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All shops (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other shops cannot be reached now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop %1 (central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare with the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your buying cycle — new for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, current while the last purchase is within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, lapsed after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managers may see these figures (without names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite lapsed customers back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Managers can now open the dashboard (figures only, no names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you can open the dashboard now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First bought in %1, back the same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bought in %1, back within %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First bought in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The period ends before it starts: pick the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The buying cycle must grow: new ≤ current &lt; lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 to %2. Double-click a number, or press &quot;Who are they?&quot;, to see the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the owner sees who the customers are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customers behind the shops&apos; figures are on each shop&apos;s till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the owner sees the sales behind the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sales behind the shops&apos; figures are on each shop&apos;s till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dashboard is the owner&apos;s. The owner can share the figures with managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Those settings do not make a period: check the dates and the buying cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures could not be read just now. Nothing was changed; try Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/devices/DeviceSettingsDialog.cpp" line="+31"/>
        <location line="+162"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper nearly out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drawer closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plugged in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawer kick sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The USB devices could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic: a USB printer when one is plugged in, else the virtual one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual printer (on screen, for the demo or no hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: any supported HID POS scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (keyboard-wedge scanners only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — HID POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — keyboard mode, read directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing supported is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In use now: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux does not let SecondSale use the printer yet. The SecondSale package installs /lib/udev/rules.d/70-secondsale.rules, which gives the person at the till access to supported printers and scanners. Without the package, copy packaging/70-secondsale.rules there, run &apos;sudo udevadm control --reload&apos; and &apos;sudo udevadm trigger&apos;, then unplug the printer and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program holds the printer — usually a CUPS print queue made for it. Remove that queue (or stop the program), then unplug the printer and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. The till uses these devices from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecondSale test page
%1

If you can read this, receipts will print.
Umlauts: ä ö ü ß  Euro: €  Accents: é è ç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test page queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The test page could not be queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::DiscountDialog</name>
    <message>
        <location filename="../../ui/checkout/DiscountDialog.cpp" line="+19"/>
        <source>Discount</source>
        <translation type="unfinished">Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount as a percentage (10%) or an amount (2.50):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type 10% or an amount such as 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::DrillDownDialog</name>
    <message>
        <location filename="../../ui/reports/DrillDownDialog.cpp" line="+23"/>
        <source>Looking them up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 customers. Looking them up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the owner sees who the customers are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customers could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers; the %2 who spent most are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers, those who spent most first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::HeadlineCards</name>
    <message>
        <location filename="../../ui/reports/HeadlineCards.cpp" line="+58"/>
        <source>period before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who are they?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ImportPlanModel</name>
    <message>
        <location filename="../../ui/backoffice/ImportPlanModel.cpp" line="+38"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished">Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/backoffice/ImportWizard.cpp" line="+64"/>
        <source>Import the good rows and leave the rejected ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file from a spreadsheet or another till: UTF-8 or Windows-1252, separated by commas, semicolons or tabs, with the column names on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the products file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from the column names. Columns set to &quot;(ignore)&quot; are left out; a product needs at least its SKU, name and price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet. Import applies every row at once, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That file cannot be read: check the name and that it is not open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file is larger than 64 MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading and checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read as %1, separated by &quot;%2&quot;: %3 products in %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file cannot be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (for example &quot;%2&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New products: %1 · updated: %2 · rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the rejected rows in the file and choose it again, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a manager or the owner may import products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: %1. Check the file again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: %1 new, %2 updated, %3 left out, %4 new categories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::KeyPage</name>
    <message>
        <location filename="../../ui/setup/KeyPage.cpp" line="+22"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will type a passphrase at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have saved or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand: if the passphrase is lost, nobody can open the store, not even SecondSale&apos;s makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in the store — customers, sales, products — is encrypted with a key. Without the key the store cannot be opened, and there is no way around that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Save the recovery key to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SecondSale recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1. Keep it away from the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written (disk full or no permission): choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecondSale makes a random key and the keyring unlocks the store when you log in to this computer. If the computer breaks, the recovery key opens the store&apos;s backups on a new one. Save it on a USB stick or write it down, and keep it away from the till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;A lost passphrase means a lost store.&lt;/b&gt; Choose at least %1 characters — a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The passphrase must be at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SecondSale recovery key for %1

%2

Keep this somewhere safe, away from the till. Type it in when SecondSale asks for the store&apos;s passphrase: on a new computer, after restoring a backup, or when the keyring is lost.
Anyone with this key and the store file can read the store.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::LoginScreen</name>
    <message>
        <location filename="../../ui/LoginScreen.cpp" line="+23"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashier</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Who is serving?</source>
        <translation>Wer bedient?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The staff list could not be read.</source>
        <translation>Die Mitarbeiterliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose your name first.</source>
        <translation>Zuerst den eigenen Namen wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN has at least four digits.</source>
        <translation>Eine PIN hat mindestens vier Ziffern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Die PIN konnte nicht geprüft werden. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too many wrong PINs. Wait 30 seconds.</source>
        <translation>Zu viele falsche PINs. Bitte 30 Sekunden warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>ss::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+20"/>
        <source>SecondSale</source>
        <translation>SecondSale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo store — opened with the public demo key. The people and sales in it are invented. Do not use it for real customers.</source>
        <translation>Demo-Geschäft — mit dem öffentlichen Demo-Schlüssel geöffnet. Personen und Verkäufe darin sind erfunden. Nicht für echte Kunden verwenden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Finish or suspend the sale before logging out.</source>
        <translation>Vor dem Abmelden den Verkauf abschließen oder parken.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the store…</source>
        <translation>Geschäft wird geöffnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — SecondSale (demo store, public demo key)</source>
        <translation>%1 — SecondSale (Demo-Geschäft, öffentlicher Demo-Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — SecondSale</source>
        <translation>%1 — SecondSale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 products · %2 customers · %3 sales</source>
        <translation>%1 Artikel · %2 Kunden · %3 Verkäufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminal %1 · encrypted store · schema v%2</source>
        <translation>Kasse %1 · verschlüsselter Speicher · Schema v%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store could not be opened</source>
        <translation>Das Geschäft konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>ss::ui::MergePickerDialog</name>
    <message>
        <location filename="../../ui/customers/MergePickerDialog.cpp" line="+26"/>
        <source>Merge a duplicate record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the other record of %1. Its sales, coupons, consent history and interests move to this customer; the duplicate is then closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone digits, email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge into this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The search failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::OfferRulesDialog</name>
    <message>
        <location filename="../../ui/offers/OfferRulesDialog.cpp" line="+32"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An amount such as 5.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offers on the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Come-back coupon after a first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone: on a customer&apos;s N-th visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: bought in one category, an offer on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-on suggestion: &quot;you may also need&quot; from what sells together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win-back: for lapsed customers (Dashboard → Invite lapsed customers back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral: a friend&apos;s welcome discount, and a reward for who sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>10 (percent) or 5.00 (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>5.00 or 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On: print it on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (printed above the coupon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation type="unfinished">Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit number (milestone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought in (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer on (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer&apos;s reward (referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority (one offer per receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As the printer will print it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only the owner may see and change the offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Come back soon: 10% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the offer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The minimum spend is an amount such as 10.00 (or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the category bought and a different one for the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the offer a name: it is printed above the coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The referrer&apos;s reward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the owner may change the offers.</source>
        <translation type="unfinished">Nur der Inhaber darf die Angebote ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer was not saved: check its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. It prints from the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved, paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::OwnerPage</name>
    <message>
        <location filename="../../ui/setup/SetupPages.cpp" line="+207"/>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You log in with your name and PIN. As the owner you may do everything, including adding managers and cashiers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN (%1 to %2 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type your name: it shows on the log-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::PrinterPage</name>
    <message>
        <location filename="../../ui/setup/PrinterPage.cpp" line="+31"/>
        <source>The receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plug in the receipt printer and switch it on. Without one, receipts show on the screen (the virtual printer) and you can choose a printer later under Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a &amp;test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Virtual printer (receipts on the screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>USB printers cannot be looked for on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for printers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The USB bus could not be read, so only the virtual printer is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No receipt printer found. Check its cable and power, then Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found %n receipt printer(s).</source>
        <translation>
            <numerusform>%n Bondrucker gefunden.</numerusform>
            <numerusform>%n Bondrucker gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That printer cannot be used. Choose another, or the virtual printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test page printed. Check that the shop&apos;s name and the barcodes are clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test page did not print (%1). Check the paper, the lid and the cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the test page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ProductDialog</name>
    <message>
        <location filename="../../ui/backoffice/ProductDialog.cpp" line="+40"/>
        <source>12.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One code a line: the maker&apos;s EAN first, then your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shop&apos;s general threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock changes in the Stock tab, where every change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barcodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reorder at or below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The tax classes could not be read; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The product could not be read; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the price as an amount such as 12.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the cost as an amount such as 7.50, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The owner keeps product changes for themselves. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ReceiptPreviewWindow</name>
    <message>
        <location filename="../../ui/devices/ReceiptPreviewWindow.cpp" line="+29"/>
        <source>%1 — what the printer would print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper (demonstration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The printer would have stopped here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the receipt as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::RefundDialog</name>
    <message>
        <location filename="../../ui/checkout/RefundDialog.cpp" line="+29"/>
        <source>Return / refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan the receipt or type its number, e.g. T01-00000042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation type="unfinished">Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No receipt (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or type the returned item&apos;s barcode or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No sale has that receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those items were already returned. Look the sale up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That receipt is itself a refund; it cannot be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Return without a receipt, approved by a manager: at today&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A return without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That code could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+12"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the returned item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That return is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what is being returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That refund is not possible: only what was bought, once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ReportTableModel</name>
    <message>
        <location filename="../../ui/reports/ReportTableModel.cpp" line="+85"/>
        <source>Double-click to see the customers behind this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to see the sales behind this number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::RestorePage</name>
    <message>
        <location filename="../../ui/setup/SetupPages.cpp" line="+12"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file (for example on the shop&apos;s USB stick) and type the passphrase or recovery key of the store it was made from. The backup is checked before it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecondSale backups (*.db *.ssbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SalesDrillDialog</name>
    <message>
        <location filename="../../ui/reports/SalesDrillDialog.cpp" line="+23"/>
        <source>Looking them up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation type="unfinished">Kasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished">Summe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only the owner sees the sales behind the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not captured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sales; the latest %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sales, the latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SettingsPanel</name>
    <message>
        <location filename="../../ui/backoffice/SettingsPanel.cpp" line="+35"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For example GB123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example your opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example your returns policy and website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unless a customer is already on the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On every sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never (the cashier can still attach a customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shop and its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax re&amp;gistration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till&apos;s number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask &amp;who the customer is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons on one &amp;receipt, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new offer&apos;s coupons are &amp;valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer segments on the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: first purchase within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current: last purchase within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed: no purchase for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What managers may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The owner may always do everything; cashiers never open the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the owner may change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The till has sold in this currency; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing was saved: fix what is listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the owner may change the settings. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were not saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing had changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved. %n change(s) recorded in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That picture is too detailed for a receipt logo; try a simpler one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not a picture this till can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the receipt logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No logo: receipts start with the shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SetupWizard</name>
    <message>
        <location filename="../../ui/setup/SetupWizard.cpp" line="+25"/>
        <location line="+66"/>
        <source>Set up SecondSale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::ShiftDialog</name>
    <message>
        <location filename="../../ui/checkout/ShiftDialog.cpp" line="+28"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close shift (Z report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The shift could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash counted in the drawer, e.g. 412.35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening float, e.g. 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shift is open on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the float in the drawer, e.g. 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The shift could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the drawer and type the amount, e.g. 412.35.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The shift could not be closed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shift closed. The Z report is kept with the shift and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift closed, but the Z report text was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::StaffPanel</name>
    <message>
        <location filename="../../ui/backoffice/StaffPanel.cpp" line="+25"/>
        <source>Cashier</source>
        <translation type="unfinished">Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation type="unfinished">Filialleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished">Inhaber</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset the selected person&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give the selected person this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN (4 to 8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The staff list could not be read.</source>
        <translation type="unfinished">Die Mitarbeiterliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no — deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 can log in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+14"/>
        <source>Choose the person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1&apos;s PIN is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::StockPanel</name>
    <message>
        <location filename="../../ui/backoffice/StockPanel.cpp" line="+25"/>
        <source>Scan or type a barcode or SKU, then Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>optional, for margins: 7.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+36"/>
        <source>%1 — %2: %3 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No product has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan or type the product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the cost as an amount such as 7.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1 now has %2 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::StorePage</name>
    <message>
        <location filename="../../ui/setup/SetupPages.cpp" line="-172"/>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name and address are printed at the top of every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example your VAT number and opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example your returns policy and website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;till&apos;s number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::SyncPage</name>
    <message>
        <location filename="../../ui/setup/SyncPage.cpp" line="+20"/>
        <source>This till works with other tills or shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other tills and shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tills that share coupons, customers and figures meet in one central PostgreSQL. Each till keeps selling when the network is down. One till alone: leave this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HIGHST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>central.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted, the server&apos;s name checked (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, not checked (only on a network you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (a server on this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept them, and report a coupon used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse them until the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (kept in the keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupons while offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, %1. The tills make their tables there when they first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::TaxPage</name>
    <message>
        <location filename="../../ui/setup/SetupPages.cpp" line="+40"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rates your products are sold at. You can change them later in the store&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::TaxRatesEditor</name>
    <message>
        <location filename="../../ui/setup/TaxRatesEditor.cpp" line="+18"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prices include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the selected rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Products refer to this code, so it stays; the name and rate can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rate of &quot;%1&quot; must be a percentage such as 20 or 5.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::TenderDialog</name>
    <message>
        <location filename="../../ui/checkout/TenderDialog.cpp" line="+22"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Card terminal reference (optional)</source>
        <translation>Beleg-Nr. des Kartenterminals (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash (F9)</source>
        <translation>Bar (F9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card (F10)</source>
        <translation>Karte (F10)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try saving again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay %1</source>
        <translation>Zu zahlen %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash %1</source>
        <translation>Bar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type an amount such as 20 or 12.50.</source>
        <translation>Einen Betrag wie 20 oder 12,50 eingeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That cash amount cannot be taken.</source>
        <translation>Dieser Barbetrag kann nicht angenommen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card payment cannot be more than what is left to pay.</source>
        <translation>Eine Kartenzahlung darf nicht höher sein als der offene Betrag.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the sale…</source>
        <translation>Verkauf wird gespeichert…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>That looks like a card number, which the till must never keep. Type the code on the terminal&apos;s slip instead, or leave it empty.</source>
        <translation>Das sieht wie eine Kartennummer aus, und die darf die Kasse nie speichern. Stattdessen den Code vom Beleg des Terminals eingeben oder das Feld leer lassen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk could not be written.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is busy with another task.</source>
        <translation>Die Datenbank ist mit einer anderen Aufgabe beschäftigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale could not be saved.</source>
        <translation>Der Verkauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The sale is not saved yet, but nothing is lost: the items and payments are kept. Fix that (or ask the owner), then press “Try saving again”.</source>
        <translation>%1 Der Verkauf ist noch nicht gespeichert, aber nichts ist verloren: Artikel und Zahlungen bleiben erhalten. Das beheben (oder den Inhaber fragen), dann „Erneut speichern“ drücken.</translation>
    </message>
</context>
<context>
    <name>ss::ui::WelcomePage</name>
    <message>
        <location filename="../../ui/setup/SetupPages.cpp" line="-122"/>
        <source>Welcome to SecondSale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no store on this computer yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up my shop (a new, empty store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore my shop from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo shop (invented products, customers and sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The demo shop opens with a published key: never keep real customers in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ss::ui::WinBackDialog</name>
    <message>
        <location filename="../../ui/reports/WinBackDialog.cpp" line="+39"/>
        <source>Give each one a win-back coupon (the active win-back offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save letters as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite lapsed customers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days without a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By post (letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only customers who said yes on that channel are listed; making the list is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lapsed after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finding them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the owner invites customers back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no active win-back offer: create one on the Offers screen, or make the list without coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list could not be made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 customers to invite back; each has a coupon of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers to invite back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters saved to %1: print them and post them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>we have not seen you since %1, and we would love to welcome you back at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring this letter: the coupon below is yours, for one visit until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thank you for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your %1 visits so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are receiving this because you agreed to hear from us this way. To stop, tell us at the till or reply, and we will not write again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
