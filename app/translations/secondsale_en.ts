<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminCommands</name>
    <message numerus="yes">
        <location filename="../admin/AdminCommands.cpp" line="+309"/>
        <source>repeat-customer figures of %n customer(s) agree with the history</source>
        <translation>
            <numerusform>repeat-customer figures of %n customer agree with the history</numerusform>
            <numerusform>repeat-customer figures of %n customers agree with the history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message numerus="yes">
        <location filename="../../core/catalog/CategoryTree.cpp" line="+126"/>
        <source>%n product(s) are in &quot;%1&quot;: move them to another category first.</source>
        <translation>
            <numerusform>%n product is in &quot;%1&quot;: move it to another category first.</numerusform>
            <numerusform>%n products are in &quot;%1&quot;: move them to another category first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreSettingsRules</name>
    <message numerus="yes">
        <location filename="../../core/store/StoreSettings.cpp" line="+74"/>
        <source>The tax class &quot;%1&quot; is used by %n product(s): move them to another class first.</source>
        <translation>
            <numerusform>The tax class &quot;%1&quot; is used by %n product: move it to another class first.</numerusform>
            <numerusform>The tax class &quot;%1&quot; is used by %n products: move them to another class first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::CatalogPanel</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/CatalogPanel.cpp" line="+245"/>
        <source>%n label(s) sent to the receipt printer.</source>
        <translation>
            <numerusform>%n label sent to the receipt printer.</numerusform>
            <numerusform>%n labels sent to the receipt printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n label saved to %1.</numerusform>
            <numerusform>%n labels saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::CheckoutScreen</name>
    <message numerus="yes">
        <location filename="../../ui/checkout/CheckoutScreen.cpp" line="+1049"/>
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n change waiting to go</numerusform>
            <numerusform>%n changes waiting to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n coupon(s) used twice while a till was offline:</source>
        <translation>
            <numerusform>%n coupon used twice while a till was offline:</numerusform>
            <numerusform>%n coupons used twice while a till was offline:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::CustomerProfileView</name>
    <message numerus="yes">
        <location filename="../../ui/customers/CustomerProfileView.cpp" line="+155"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::PrinterPage</name>
    <message numerus="yes">
        <location filename="../../ui/setup/PrinterPage.cpp" line="+97"/>
        <source>Found %n receipt printer(s).</source>
        <translation>
            <numerusform>Found %n receipt printer.</numerusform>
            <numerusform>Found %n receipt printers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ss::ui::SettingsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/backoffice/SettingsPanel.cpp" line="+305"/>
        <source>Saved. %n change(s) recorded in the audit log.</source>
        <translation>
            <numerusform>Saved. %n change recorded in the audit log.</numerusform>
            <numerusform>Saved. %n changes recorded in the audit log.</numerusform>
        </translation>
    </message>
</context>
</TS>
