<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminCommands</name>
    <message numerus="yes">
        <location filename="../admin/AdminCommands.cpp" line="+296"/>
        <source>repeat-customer figures of %n customer(s) agree with the history</source>
        <translation>
            <numerusform>repeat-customer figures of %n customer agree with the history</numerusform>
            <numerusform>repeat-customer figures of %n customers agree with the history</numerusform>
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
        <location filename="../../ui/setup/PrinterPage.cpp" line="+90"/>
        <source>Found %n receipt printer(s).</source>
        <translation>
            <numerusform>Found %n receipt printer.</numerusform>
            <numerusform>Found %n receipt printers.</numerusform>
        </translation>
    </message>
</context>
</TS>
