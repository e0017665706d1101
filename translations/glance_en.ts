<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AdjustImport</name>
    <message>
        <source>A quoted field starts here but is never closed, so this line and the rest of the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected at least 3 columns (SKU, warehouse, amount), found %n.</source>
        <translation>
            <numerusform>Expected at least 3 columns (SKU, warehouse, amount), found %n.</numerusform>
            <numerusform>Expected at least 3 columns (SKU, warehouse, amount), found %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most 5 columns (SKU, warehouse, amount, reason, notes), found %n.</source>
        <translation>
            <numerusform>Expected at most 5 columns (SKU, warehouse, amount, reason, notes), found %n.</numerusform>
            <numerusform>Expected at most 5 columns (SKU, warehouse, amount, reason, notes), found %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SKU (first column) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse (second column) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line holds bytes that are not text in the file&apos;s encoding. Choose another encoding when importing, or save the file as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Glance. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not answer in time. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Glance could not be verified, so nothing was sent. Check the computer&apos;s date and time, or ask whoever runs the network whether something intercepts secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance sent an answer this app could not read. Try again; if it keeps happening, the app may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent but the answer was lost; it may or may not have been applied. Check the records before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// so that the API key is never sent unencrypted. Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance sent the request on to another address, so it was stopped to keep the API key safe. Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an API key and a valid server address (Account → Add an account…; the address is under Advanced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Glance said: %2</source>
        <extracomment>%1 is a complete sentence, %2 the server&apos;s own message in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent to Glance in a short time. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the request. Check the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it was not revoked in Glance, or sign in again with a valid key (Account → Add an account…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is read-only or may not do this. Ask the account owner for an editor key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance could not find this record; it may have been deleted. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with a record already in Glance, or the record was changed meanwhile. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance is having trouble right now (error %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance answered with an unexpected redirect (error %1). Check the server address under Advanced in the sign-in window (Account → Add an account…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance answered in an unexpected way (status %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to Glance in a short time. Try again in %Ln seconds.</source>
        <extracomment>%n is a number of seconds, at least 2</extracomment>
        <translation>
            <numerusform>Too many requests were sent to Glance in a short time. Try again in %Ln second.</numerusform>
            <numerusform>Too many requests were sent to Glance in a short time. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyFormat</name>
    <message>
        <source>Enter the API key. You find it in Glance under Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an API key: it contains spaces or line breaks. Copy the key again from Glance (Settings → API keys) and paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an API key: it contains characters an API key never has. Copy the key again from Glance (Settings → API keys) and paste only the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchAdjustWindow</name>
    <message>
        <source>Batch Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Delivery from the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows &amp;go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan or search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU and press Enter (adds a row or 1 more), or search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: SKU, warehouse, amount, reason, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rows from a CSV file: SKU, warehouse, amount, reason, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine rows of the same product and warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;easons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows and send them to Glance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRowCheck</name>
    <message>
        <source>Enter a SKU or pick a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU “%1” could not be looked up. Check the connection; it is looked up again when you edit the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the SKU “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse “%1”. Choose one from the list or enter its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount other than 0: how many to add (%1) or remove (%2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” usually removes stock, but this row adds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” usually adds stock, but this row removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same product and warehouse as row %1. Merge the duplicates, or keep both: they are applied one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would leave %1 in stock. Glance refuses the whole batch when a quantity would go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountImport</name>
    <message>
        <source>The quantity %1 is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with SKU %1 in this stocktake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is also on line %2: the counts are added up.</source>
        <extracomment>%1 a SKU, %2 a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountingWindow</name>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the quantities in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the quantities again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU and press Enter. Type a number and * first to count that many (12*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of the next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scanned product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to the Selected Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the code to the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Counts (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import counts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Count Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count sheets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nish Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the &amp;quantity after each scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the quantity after each scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, then type how many and press Enter. Esc skips the scanned code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up a Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the lines whose SKU, name or location contains this text, for example to find the product an unknown code belongs to. Enter goes back to scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounting at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location being counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are counting: scans are counted at this location and the table shows its lines. Scanning a location&apos;s label chooses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines counted at this location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateRecordDialog</name>
    <message>
        <source>New Inventory Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or SKU; Enter on an exact SKU chooses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf, bin or aisle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit That Record Instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Rows from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the preview shows the wrong letters, choose another encoding: Excel&apos;s plain “CSV” on a Hebrew Windows is Windows-1255, “CSV UTF-8” is UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: SKU, warehouse, amount, reason, notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <source>Delete Inventory Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRecordDialog</name>
    <message>
        <source>Edit Inventory Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While sales go on, adjusting by the difference is safer than overwriting the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record changed on the server since you opened it. Compare and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>Enter a quantity (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number. Enter a quantity such as 0, 12 or 250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is too large: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity cannot be negative. To take stock away, use “Adjust” with a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id: ids are whole numbers from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason: reasons are required (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount: how many to add (e.g. %1) or remove (e.g. %2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number. Enter how many to add (e.g. %2) or remove (e.g. %3).</source>
        <extracomment>%1 is what was typed; %2 and %3 are examples: 5 and −5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be 0. Enter how many to add (e.g. %1) or remove (e.g. %2).</source>
        <extracomment>%1 and %2 are examples: 5 and −5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The SKU is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the SKU (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>The SKU is too long: %Ln character, at most %1.</numerusform>
            <numerusform>The SKU is too long: %Ln characters, at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The location is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the location (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>The location is too long: %Ln character, at most %1.</numerusform>
            <numerusform>The location is too long: %Ln characters, at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the reason (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>The reason is too long: %Ln character, at most %1.</numerusform>
            <numerusform>The reason is too long: %Ln characters, at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: %Ln characters, at most %1.</source>
        <extracomment>%n is the length of the notes (more than %1), %1 the most allowed</extracomment>
        <translation>
            <numerusform>The notes are too long: %Ln character, at most %1.</numerusform>
            <numerusform>The notes are too long: %Ln characters, at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::AccountControls</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <comment>whether the key may make changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try changes again, e.g. after the key was given the editor role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account&apos;s API key from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <comment>API key role</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::AdjustmentSubmitter</name>
    <message>
        <source>Not sent: returned to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::AppController</name>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Choose Account → Add an account… to sign in with an API key, or Account → Try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::AppSettings</name>
    <message>
        <source>Received</source>
        <comment>adjustment reason: goods received from a supplier (adds stock)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>adjustment reason: damaged or spoiled goods written off (removes stock)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <comment>adjustment reason (removes stock)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>adjustment reason: returned by a customer (adds stock), not a return to the supplier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <comment>adjustment reason: a recording error corrected (either way)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>adjustment reason: set by a stock count (either way)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>adjustment reason: moved between warehouses (either way)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>adjustment reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <comment>adjustment reason: undoes an earlier adjustment (stock goes back the way it came)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::Application</name>
    <message>
        <source>Glance Inventory</source>
        <comment>the application&apos;s name in window titles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BatchAdjustModel</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reason</source>
        <comment>adjustment reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record in this warehouse yet: a positive amount creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <comment>quantity in stock now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <comment>signed amount to add or remove</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>quantity after the change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>adjustment reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <comment>problems found in the row</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BatchAdjustWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n duplicate row(s).</source>
        <translation>
            <numerusform>Merged %n duplicate row.</numerusform>
            <numerusform>Merged %n duplicate rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows to merge. Rows of the same product and warehouse with different reasons stay separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Batch Adjustment</source>
        <comment>draft title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts cannot be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rows first: scan, type a SKU, paste or import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (red); see the Check column. Fix them before submitting.</source>
        <translation>
            <numerusform>%n row has problems (red); see the Check column. Fix it before submitting.</numerusform>
            <numerusform>%n rows have problems (red); see the Check column. Fix them before submitting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit with Warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have warnings. Submit anyway?</source>
        <translation>
            <numerusform>%n row has warnings. Submit anyway?</numerusform>
            <numerusform>%n rows have warnings. Submit anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the submission could not be recorded on this computer first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that were not applied are back in the draft. Fix them and submit again.</source>
        <translation>
            <numerusform>%n row that was not applied is back in the draft. Fix it and submit again.</numerusform>
            <numerusform>%n rows that were not applied are back in the draft. Fix them and submit again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the rows and send them to Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the answer to the current request arrives; the draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BatchItemDelegate</name>
    <message>
        <source>%1 (adds)</source>
        <comment>reason and its usual sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removes)</source>
        <comment>reason and its usual sign</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BatchRowsImport</name>
    <message>
        <source>The clipboard holds no rows. Copy rows with the columns SKU, warehouse, amount, reason and notes from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>Added %n row.</numerusform>
            <numerusform>Added %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s); the lines with problems were left out.</source>
        <translation>
            <numerusform>Added %n row; the lines with problems were left out.</numerusform>
            <numerusform>Added %n rows; the lines with problems were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rows from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BrowserExport</name>
    <message>
        <source>Preparing %1 of %2 rows…</source>
        <extracomment>while a file or printout is prepared; %1 rows done, %2 of how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Every Record Is Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 records of this view are loaded. Load all of them first, or use only the loaded ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 records of this view are loaded. Load all of them first, or use only the loaded ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load All First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the L&amp;oaded Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every record could be loaded; nothing was exported or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: none</source>
        <extracomment>the list separator between parts of a filter (&quot;search x, low stock only&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records (not every record of this view was loaded), as of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::BrowserStatusBar</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is the time the shown records were last read from Glance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 loaded records of %2 are sorted and filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 loaded records are sorted and filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 loaded records of %2 are sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 loaded records are sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock among the %1 loaded records of %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock among the %1 loaded records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <extracomment>%1 is the number of records loaded, %Ln the number the server has</extracomment>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low-stock record(s) shown</source>
        <translation>
            <numerusform>%Ln low-stock record shown</numerusform>
            <numerusform>%Ln low-stock records shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln record(s) loaded.</source>
        <translation>
            <numerusform>The only record is loaded.</numerusform>
            <numerusform>All %Ln records loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. The %Ln record(s) loaded so far stay.</source>
        <translation>
            <numerusform>Stopped. The %Ln record loaded so far stays.</numerusform>
            <numerusform>Stopped. The %Ln records loaded so far stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 is the date and time the cached records were read from Glance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records saved on this computer. They are read again from Glance as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ColumnsMenu</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::CostFetch</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stocktake is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::CountCsvImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Counts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (or is larger than 20 MB).</source>
        <extracomment>%1 the file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: counts of %n product(s).</source>
        <extracomment>%1 the file name</extracomment>
        <translation>
            <numerusform>%1: counts of %n product.</numerusform>
            <numerusform>%1: counts of %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) appear more than once; their counts are added up.</source>
        <translation>
            <numerusform>%n SKU appears more than once; its counts are added up.</numerusform>
            <numerusform>%n SKUs appear more than once; their counts are added up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name a SKU that is not in this stocktake and are left out.</source>
        <translation>
            <numerusform>%n line names a SKU that is not in this stocktake and is left out.</numerusform>
            <numerusform>%n lines name a SKU that is not in this stocktake and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n line could not be read and is left out.</numerusform>
            <numerusform>%n lines could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding: %n count(s) match what was already counted at the same location and are counted once, not twice.</source>
        <translation>
            <numerusform>Adding: %n count matches what was already counted at the same location and is counted once, not twice.</numerusform>
            <numerusform>Adding: %n counts match what was already counted at the same location and are counted once, not twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding: %n location(s) were already counted with a different result; those lines are marked for recount.</source>
        <translation>
            <numerusform>Adding: %n location was already counted with a different result; its line is marked for recount.</numerusform>
            <numerusform>Adding: %n locations were already counted with a different result; those lines are marked for recount.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: counted %3, the file says %4.</source>
        <extracomment>%1 a SKU, %2 a location, %3 the count already taken there, %4 the file&apos;s count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counts of %n product(s) imported.</source>
        <translation>
            <numerusform>Counts of %n product imported.</numerusform>
            <numerusform>Counts of %n products imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked for recount: their location was counted twice with different results.</source>
        <translation>
            <numerusform>%n line marked for recount: its location was counted twice with different results.</numerusform>
            <numerusform>%n lines marked for recount: their location was counted twice with different results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::CountingModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted away from its location in Glance (%1): update the location if it has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted At</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::CountingWindow</name>
    <message>
        <source>Stocktake: %1</source>
        <extracomment>%1 the stocktake&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — warehouse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count: the quantities in the system are not shown until counting is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scan counts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the barcode %1. It was added to the unknown codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown codes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was counted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting is finished. Review the differences, then update the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan: %1 of %2 products counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the quantities in the system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) to count. Ready to scan.</source>
        <translation>
            <numerusform>%n product to count. Ready to scan.</numerusform>
            <numerusform>%n products to count. Ready to scan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantities could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Count Sheets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1?</source>
        <extracomment>%1 the scanned code (SKU or barcode) that waits for its quantity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity, then Enter (Esc skips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity and press Enter. Esc skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a quantity. Type how many %2 (1 to %3), or press Esc to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with the barcode %1. Type the quantity to keep it with the unknown codes, or press Esc to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many %1 first, or press Esc to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 counted here</source>
        <extracomment>%1 lines counted, %2 lines at the location being counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting at %1 now (%2).</source>
        <extracomment>%1 a location (shelf, bin) whose label was scanned</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its location is %1; it was counted here, at %2.</source>
        <extracomment>%1 the product&apos;s location in Glance, %2 where it was found and counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::CreateRecordDialog</name>
    <message>
        <source>&amp;Create</source>
        <comment>create a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product: type a name or SKU and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a record in %2 (quantity %3). A product has one record per warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; checking whether the record was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, and checking shows the record was not created. You can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the record is not there yet. Glance may still create it; checking again at %1…</source>
        <extracomment>%1 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::CsvImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to import: the limit is %2 MB.</source>
        <extracomment>%1 is the file name, %2 the largest size in megabytes (50)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <extracomment>%1 is the file name, %2 why it could not be read (a sentence from the system)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines as they will be imported. If the letters look wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::DeleteRecordDialog</name>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of “%1” (SKU %2) in %3? Its quantity is %4.</source>
        <extracomment>%1 is the product name, %2 its SKU, %3 the warehouse, %4 the quantity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of this record is unknown; it may still hold stock. The deletion cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, delete it even if it holds stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance answered that the record was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This record still holds %Ln unit(s). Deleting it removes them from stock, and the deletion cannot be undone. To correct the quantity, edit or adjust the record instead.</source>
        <translation>
            <numerusform>This record still holds %Ln unit. Deleting it removes it from stock, and the deletion cannot be undone. To correct the quantity, edit or adjust the record instead.</numerusform>
            <numerusform>This record still holds %Ln units. Deleting it removes them from stock, and the deletion cannot be undone. To correct the quantity, edit or adjust the record instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Yes, remove %Ln unit(s) from stock with this record</source>
        <translation>
            <numerusform>&amp;Yes, remove %Ln unit from stock with this record</numerusform>
            <numerusform>&amp;Yes, remove %Ln units from stock with this record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::EditRecordDialog</name>
    <message>
        <source>unknown</source>
        <comment>quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SKU %2) in %3</source>
        <extracomment>%1 is the product name, %2 its SKU, %3 the warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When opened: quantity %1, location %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust by %1 Instead</source>
        <extracomment>%1 is the signed amount: +4, −3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the record on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the values on the server now. Change them again, or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; checking the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;Was Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;It Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the adjustment’s answer arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; checking whether the change was saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, and checking shows the change was not saved. You can save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and the record does not show the change yet. Glance may still save it; checking again at %1…</source>
        <extracomment>%1 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ExpectedFetch</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::HistoryWindow</name>
    <message>
        <source>Reversed already: the reversal is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this submission first: only what was applied can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reverse: none of these rows was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepare the opposite of the %n selected applied row(s) as a new batch to review and send</source>
        <translation>
            <numerusform>Prepare the opposite of the %n selected applied row as a new batch to review and send</numerusform>
            <numerusform>Prepare the opposite of the %n selected applied rows as a new batch to review and send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare the opposite of the %n applied row(s) as a new batch to review and send</source>
        <translation>
            <numerusform>Prepare the opposite of the %n applied row as a new batch to review and send</numerusform>
            <numerusform>Prepare the opposite of the %n applied rows as a new batch to review and send</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ImportProblemsDialog</name>
    <message numerus="yes">
        <source>%n line(s) of %1 cannot be imported and are left out entirely:</source>
        <translation>
            <numerusform>%n line of %1 cannot be imported and is left out entirely:</numerusform>
            <numerusform>%n lines of %1 cannot be imported and are left out entirely:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n Good Row(s)</source>
        <translation>
            <numerusform>&amp;Import the %n Good Row</numerusform>
            <numerusform>&amp;Import the %n Good Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::InventoryActions</name>
    <message>
        <source>&amp;New Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Write Access Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record of a product in a warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the quantity or location of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove stock of the selected record in the batch editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust many quantities at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), %2</source>
        <translation>
            <numerusform>%1 — %n row, %2</numerusform>
            <numerusform>%1 — %n rows, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Stoc&amp;ktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::InventoryTableModel</name>
    <message>
        <source>Low stock: at or below this record&apos;s minimum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock: at or below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>column header: quantity reserved for orders</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::LoadProgressWidget</name>
    <message>
        <source>%1 of %2</source>
        <comment>records loaded of the total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the records loaded so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading all records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::MainToolBar</name>
    <message>
        <source>Refresh</source>
        <comment>tool bar label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>tool bar label: a new inventory record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>tool bar label: edit the selected record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>tool bar label: delete the selected record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <comment>tool bar label: batch adjustment of stock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <comment>tool bar label: start a new stocktake</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>tool bar label: adjustment history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>tool bar label: export as CSV</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <comment>tool bar label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::MainWindow</name>
    <message>
        <source>About Glance Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Inventory %1
Stock, adjustments and stocktakes for Glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: the account&apos;s name, then the application&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to Glance. You are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection to Glance. Signing in has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a message banner saying something succeeded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::MovementsModel</name>
    <message>
        <source>Adjustment</source>
        <comment>movement type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>movement type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>movement type: the record was created</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>movement type: the quantity was set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>movement type: the record was deleted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>column header: kind of stock movement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column header: quantity added (+) or removed (-)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>column header: warehouse the stock left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>column header: warehouse the stock went to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::NewStocktakeDialog</name>
    <message>
        <source>Stocktake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stocktake a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the search or the SKUs of the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the locations to count, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ProductPicker</name>
    <message>
        <source>%1 — %2</source>
        <comment>SKU — product name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ProductStockModel</name>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this warehouse&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <comment>column header: quantity reserved for orders</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ProductStockPanel</name>
    <message>
        <source>Choose a row and press Enter, or type a SKU, to see a product&apos;s stock in every warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n warehouse(s)</source>
        <extracomment>%1 is a quantity; %n the number of warehouses holding the product</extracomment>
        <translation>
            <numerusform>Total: %1 in %n warehouse</numerusform>
            <numerusform>Total: %1 in %n warehouses</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no stock records in any warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of %1 in every warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 the date and time the stock was printed or exported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product-stock</source>
        <extracomment>a file name suggested for an export (no extension)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::Profile</name>
    <message>
        <source>Demo</source>
        <comment>profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the profile&apos;s name, %2 the server address (host and port)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ProfileSwitcher</name>
    <message>
        <source>The Glance account shown in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ReasonsDialog</name>
    <message>
        <source>Adds stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::RecordDetailDialog</name>
    <message>
        <source>Not given</source>
        <comment>a value the server did not send</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — inventory record</source>
        <comment>window title; %1 is the product name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no location inside the warehouse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current state from Glance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movements recorded for this product in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ReviewModel</name>
    <message>
        <source>Set to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity in Glance when the product was first counted: the quantity at the start plus the movements until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At count time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference times the product&apos;s unit cost in Glance (Read Costs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at %1</source>
        <extracomment>%1 where it was counted, e.g. &quot;Shelf A3: 5, Bin 7: 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ReviewWindow</name>
    <message>
        <source>Reading the movements since the stocktake started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements read. %1 line(s) moved since they were counted; %2 to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movements could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Differences: %1</source>
        <extracomment>%1 the stocktake&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved since counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 not counted; setting them to zero changes %n of them.</source>
        <translation>
            <numerusform>%1 not counted; setting them to zero changes %n of them.</numerusform>
            <numerusform>%1 not counted; setting them to zero changes %n of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, warehouse %2: %3 of %4 products counted. Total surplus %5, total shortage %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the stock… %1 of %2 lines applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines applied; %n not applied (see each line).</source>
        <translation>
            <numerusform>%1 of %2 lines applied; %n not applied (see each line).</numerusform>
            <numerusform>%1 of %2 lines applied; %n not applied (see each line).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked for recount: continue counting to count them again.</source>
        <translation>
            <numerusform>%n line marked for recount: continue counting to count it again.</numerusform>
            <numerusform>%n lines marked for recount: continue counting to count them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Difference Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Differences (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stock updated. %n line(s) to check were left unchanged, as chosen when applying.</source>
        <translation>
            <numerusform>Stock updated. %n line to check was left unchanged, as chosen when applying.</numerusform>
            <numerusform>Stock updated. %n lines to check were left unchanged, as chosen when applying.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Lines to Check Unchanged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to check will be left unchanged: their stock moved close to the time they were counted, so the difference cannot be computed with certainty. Mark them for recount and count them again, or tick &quot;Also apply the lines marked to check&quot; to apply them as computed.</source>
        <translation>
            <numerusform>%n line to check will be left unchanged: its stock moved close to the time it was counted, so the difference cannot be computed with certainty. Mark it for recount and count it again, or tick &quot;Also apply the lines marked to check&quot; to apply it as computed.</numerusform>
            <numerusform>%n lines to check will be left unchanged: their stock moved close to the time they were counted, so the difference cannot be computed with certainty. Mark them for recount and count them again, or tick &quot;Also apply the lines marked to check&quot; to apply them as computed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the differences at cost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a difference have no cost in Glance.</source>
        <translation>
            <numerusform>One line with a difference has no cost in Glance.</numerusform>
            <numerusform>%n lines with a difference have no cost in Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the costs… %1 of %2 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Costs read: %n product(s) have a cost.</source>
        <translation>
            <numerusform>Costs read: one product has a cost.</numerusform>
            <numerusform>Costs read: %n products have a cost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The costs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted away from their location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SandboxProcess</name>
    <message>
        <source>The demo server printed an unexpected first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server crashed while starting. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server exited with code %1 while starting. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server is not installed (%1 was not found). It is part of the installer: install Glance Inventory again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server is not installed (%1 was not found). It comes in a package of its own: on Debian or Ubuntu, install it with “sudo apt install glance-inventory-demo”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>adjustment reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually</source>
        <comment>direction of a stock change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way</source>
        <comment>adds or removes stock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual direction of the reason in row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::ShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <comment>a shortcut read aloud: the action, then its keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake: counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SignInChecker</name>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept this key. Check that you copied the whole key, or create a new one in Glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance knows this key but does not let it read the inventory. Ask the account owner for a key with access to the inventory, or create one with another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this address does not answer like Glance. Check the server address under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance refused to check this key (error %1). Check the key and the server address, then try again.</source>
        <extracomment>%1 is an HTTP status code, e.g. 400</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SignInDialog</name>
    <message>
        <source>Glance account</source>
        <comment>default profile name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with Glance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the API key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the API key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeApplier</name>
    <message>
        <source>This stocktake was applied already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: every counted quantity matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or copy of the app is applying changes of this account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stocktake was applied already, in another window or copy of the app. Close this window and open it again from Inventory → Stocktakes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeCountWriter</name>
    <message>
        <source>This change to the counts could not be saved on this computer (%1), so it was not made. Free some disk space or check the folder’s permissions, then try again; the counts before it are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::StocktakeListModel</name>
    <message>
        <source>Fetching quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (blind count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionHistoryModel</name>
    <message numerus="yes">
        <source>Open: %n row(s) with an unknown outcome</source>
        <translation>
            <numerusform>Open: %n row with an unknown outcome</numerusform>
            <numerusform>Open: %n rows with an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n row(s) need your decision</source>
        <translation>
            <numerusform>Open: %n row needs your decision</numerusform>
            <numerusform>Open: %n rows need your decision</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1 of %2 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) applied</source>
        <translation>
            <numerusform>The row was applied</numerusform>
            <numerusform>All %n rows applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied (%n row(s) returned to the draft)</source>
        <translation>
            <numerusform>Not applied (%n row returned to the draft)</numerusform>
            <numerusform>Not applied (%n rows returned to the draft)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied; the rest returned to the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>kind of submission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <comment>kind of submission: the opposite of an earlier one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; reversed later</source>
        <extracomment>%1 what happened to the rows (e.g. &quot;All 3 rows applied&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionJournal</name>
    <message>
        <source>This batch reverses adjustments that were reversed already (see Adjustment History). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionLinesModel</name>
    <message>
        <source>To send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (your decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (your decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear: your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor showed %1, but the quantity was %2 when the change was applied: stock moved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>message, then hint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <comment>signed amount to add or remove</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <comment>quantity the editor showed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>quantity before the change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>quantity after the change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <comment>which request of the submission carried the row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::SubmissionResultsPanel</name>
    <message numerus="yes">
        <source>Part %1: %n row(s) still open.</source>
        <translation>
            <numerusform>Part %1: %n row still open.</numerusform>
            <numerusform>Part %1: %n rows still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part %1: %n row(s) applied.</source>
        <translation>
            <numerusform>Part %1: %n row applied.</numerusform>
            <numerusform>Part %1: %n rows applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part %1: %2 applied, %3 not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n row(s).</source>
        <translation>
            <numerusform>Not sent yet: %n row.</numerusform>
            <numerusform>Not sent yet: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading current quantities before sending part %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending part %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n row(s) applied.</source>
        <translation>
            <numerusform>Done: %n row applied.</numerusform>
            <numerusform>Done: all %n rows applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be checked yet. Check again when the connection is back; nothing is sent again until then.</source>
        <translation>
            <numerusform>%n row could not be checked yet. Check again when the connection is back; nothing is sent again until then.</numerusform>
            <numerusform>%n rows could not be checked yet. Check again when the connection is back; nothing is sent again until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not applied. Send only those again, or return them to the draft.</source>
        <translation>
            <numerusform>%n row was not applied. Send only that one again, or return it to the draft.</numerusform>
            <numerusform>%n rows were not applied. Send only those again, or return them to the draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet.</source>
        <translation>
            <numerusform>%n row is not sent yet.</numerusform>
            <numerusform>%n rows are not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n Not Applied Row(s) &amp;Again</source>
        <translation>
            <numerusform>Send the %n Not Applied Row &amp;Again</numerusform>
            <numerusform>Send the %n Not Applied Rows &amp;Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the &amp;Remaining %n Row(s)</source>
        <translation>
            <numerusform>Send the &amp;Remaining %n Row</numerusform>
            <numerusform>Send the &amp;Remaining %n Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed: %1 of %Ln row(s) applied; the rest went back to the draft.</source>
        <extracomment>%1 is how many rows were applied, %n how many the submission has</extracomment>
        <translation>
            <numerusform>Closed: %1 of %Ln row applied; the rest went back to the draft.</numerusform>
            <numerusform>Closed: %1 of %Ln rows applied; the rest went back to the draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part %1: %n row(s) not applied.</source>
        <translation>
            <numerusform>Part %1: %n row not applied.</numerusform>
            <numerusform>Part %1: %n rows not applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost. Checking the records and Glance&apos;s history to see what was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer was lost and Glance may still apply the request. %n row(s) are checked again at %1; nothing is sent again before that.</source>
        <extracomment>%1 a time</extracomment>
        <translation>
            <numerusform>The answer was lost and Glance may still apply the request. %n row is checked again at %1; nothing is sent again before that.</numerusform>
            <numerusform>The answer was lost and Glance may still apply the request. %n rows are checked again at %1; nothing is sent again before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n row(s) it cannot be told whether they were applied. Point at a row to see what was found, then select it and say whether it was applied.</source>
        <translation>
            <numerusform>For %n row it cannot be told whether it was applied. Point at a row to see what was found, then select it and say whether it was applied.</numerusform>
            <numerusform>For %n rows it cannot be told whether they were applied. Point at a row to see what was found, then select it and say whether it was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glance::ViewExporter</name>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <extracomment>%n the number of pages</extracomment>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 the file name, %2 why (a sentence from the system, e.g. &quot;No space left on device&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <extracomment>%n the number of rows, %1 the file name</extracomment>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::WarehouseCombo</name>
    <message>
        <source>Choose, or type an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>warehouse name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse “%1”. Choose one from the list or enter its id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::WarehouseListModel</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known until the records are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <comment>column header: number of inventory records</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <comment>column header: total units in stock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of records could not be read. %1</source>
        <extracomment>%1 is a complete sentence saying why (e.g. Glance could not be reached)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance::WriteAccess</name>
    <message>
        <source>This API key is read-only, so changes are turned off. Ask the account owner for a key with the editor role, or choose “Check again” after the role changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Adjustment History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments sent from this computer with this profile: what, when, and what happened to each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the selected submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, decide or send what is still open in this submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the opposite of the applied rows (all of them, or the selected ones) as a new batch to review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows of the selected submission, as shown, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the rows of the selected submission, or save them as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Lines That Cannot Be Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueSentences</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough stock for the change in row %1 (SKU %2), so Glance applied none of the changes sent with it.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough stock for one of the changes, so Glance applied none of the changes sent with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the product in row %1 (SKU %2); it may have been deleted. None of the changes sent with it were applied.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the product in one of the rows; it may have been deleted. None of the changes sent with it were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance could not find this product; it may have been deleted. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in row %1 (SKU %2); it may have been deleted. None of the changes sent with it were applied.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in one of the rows; it may have been deleted. None of the changes sent with it were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance could not find this warehouse; it may have been deleted. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (SKU %2) takes stock out of a warehouse where the product has no record, so Glance applied none of the changes sent with it.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the rows takes stock out of a warehouse where the product has no record, so Glance applied none of the changes sent with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance could not find this record; it may have been deleted. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product already has a record in this warehouse. Refresh the list and change that record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is read-only or may not do this. Ask the account owner for an editor key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the change in row %1 (SKU %2). Check that it is a whole number other than zero and not too large.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the change in one of the rows. Check that each change is a whole number other than zero and not too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the reason in row %1 (SKU %2); it may be too long.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the reason in one of the rows; it may be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the notes in row %1 (SKU %2); they may be too long.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the notes in one of the rows; they may be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the product in row %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the product in one of the rows; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in row %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the warehouse in one of the rows; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept row %1 (SKU %2).</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept one of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept row %1 (SKU %2): %3</source>
        <extracomment>%1 is a row number, %2 its SKU, %3 Glance&apos;s own explanation in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept one of the rows: %1</source>
        <extracomment>%1 is Glance&apos;s own explanation in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the quantity. Enter a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept the location; it may be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know this product; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know this warehouse; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field name as Glance calls it, %2 what is wrong with its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept some values: %1. Correct them and try again.</source>
        <extracomment>%1 lists the fields, separated by semicolons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Glance found %n more problem(s) of the same kind.</source>
        <translation>
            <numerusform>Glance found %n more problem of the same kind.</numerusform>
            <numerusform>Glance found %n more problems of the same kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>Drafts cannot be saved on this computer (%1). Your changes stay in the window; free some disk space or check the folder’s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Glance Inventory, so it is left untouched. Update the app to open it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Glance Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by product, SKU, warehouse or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records at or below their low-stock level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loa&amp;d all</source>
        <comment>load every page of records</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every record of this view (one request per 100 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <comment>load every page of records</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sort: show the records in the server&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <comment>menu of actions on inventory records</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shown records against Glance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Product by &amp;SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a SKU to see the product&apos;s stock in every warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low Stock Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All Records</source>
        <comment>load every page of records</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock in Every Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected product&apos;s stock in every warehouse (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the selected record and show its movement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Glance Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records as the table shows them (filter, sort, columns) for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records as the table shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the row of buttons under the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app, window by window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStocktakeDialog</name>
    <message>
        <source>New Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;warehouse (full count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a &amp;search finds (name, SKU, location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a search finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of S&amp;KUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind count: without showing the quantity in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed when the stocktake starts: quantities in the system and differences are hidden until counting is finished, in the window, the count sheet and the exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some l&amp;ocations (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records at these locations, as Glance writes them (shelf, bin, aisle; upper or lower case alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, SKUs or locations of the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search, or one SKU or location a line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 the file name, %2 why (a sentence from the system)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductStockPanel</name>
    <message>
        <source>Product stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product by SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <comment>look up the typed SKU</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the product panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the product panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of the product per warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a warehouse to show its inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total stock of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <source>Adjustment Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons offered in the batch editor, with the direction they usually go. A row whose amount goes the other way gets a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire a reason on every row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>Checked: the record still does not exist, so this change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: there are %1 of %2 (SKU %3) in %4, not enough for a change of %5.</source>
        <extracomment>%1 a quantity, %2 a product name, %3 its SKU, %4 a warehouse, %5 a signed change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: there is not enough of %1 (SKU %2) in %3 for a change of %4.</source>
        <extracomment>%1 a product name, %2 its SKU, %3 a warehouse, %4 a signed change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1 (SKU %2) has no record in %3, so no stock can be taken out there.</source>
        <extracomment>%1 a product name, %2 its SKU, %3 a warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance does not know the product %1 (SKU %2); it may have been deleted.</source>
        <extracomment>%1 a product name, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance does not know the warehouse %1; it may have been deleted.</source>
        <extracomment>%1 a warehouse name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the change %1. Check that it is a whole number other than zero and not too large.</source>
        <extracomment>%1 a signed change of stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the reason of this row; it may be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept the notes of this row; they may be too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: Glance did not accept this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance did not accept this row: %1</source>
        <extracomment>%1 is Glance&apos;s own explanation (in English), e.g. &quot;Insufficient stock: …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: row %1 (SKU %2), sent together with this row, was refused, and Glance applies rows sent together all or nothing.</source>
        <extracomment>%1 is a row number, %2 its SKU</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: Glance&apos;s history shows this change, made at %1.</source>
        <extracomment>%1 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s history shows this change %n time(s): it was applied more than once. Correct the quantity of this record.</source>
        <translation>
            <numerusform>Glance&apos;s history shows this change once: it was applied more than once. Correct the quantity of this record.</numerusform>
            <numerusform>Glance&apos;s history shows this change %n times: it was applied more than once. Correct the quantity of this record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance&apos;s history could not be read, and the quantity alone cannot tell whether this change was applied (other sales and deliveries move it too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace of this change yet. Glance may still apply a request it received late, so it is checked again at %1 before anything is sent again.</source>
        <extracomment>%1 a time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance&apos;s history does not show whose changes these are, so it cannot tell whether this one was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the same amount and reason since it was sent: most likely this one was applied.</source>
        <translation>
            <numerusform>%n change of the same amount and reason since it was sent: most likely this one was applied.</numerusform>
            <numerusform>%n changes of the same amount and reason since it was sent: most likely this one was applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of the same amount and reason since it was sent: most likely it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, but the quantity of the record could not be read to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: Glance&apos;s history has no trace of this change and explains the quantity now (%1), so it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, but the history does not explain the quantity now (%1) either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace of this change in Glance&apos;s history, and the record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rows of the same request were applied, so this one most likely was too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1: %2, reason %3.</source>
        <extracomment>%1 a time, %2 a signed change of stock, %3 a reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity when sent %1, at the check %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance&apos;s history: no movement of this record since it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance&apos;s history since it was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 (this change)</source>
        <extracomment>%1 a time, %2 a signed change, %3 a reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>%1 a time, %2 a signed change, %3 a reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <source>Inventory record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <comment>place inside a warehouse, e.g. a shelf</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved:</source>
        <comment>quantity reserved for orders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement history of this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large difference from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large difference from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark for Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected lines for recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products not counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What setting them to zero changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also apply the lines marked to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the movements since the stocktake started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the difference report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Differences (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differences as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the stock from the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the differences as stock adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the Failed Lines Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed lines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Cos&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the unit costs for the value of the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the products&apos; unit costs from Glance to show what each difference is worth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain could not be reached, so the saved API key could not be read. Enter the key to use it for this session only, or start the keychain service (on Linux: GNOME Keyring or KWallet) and restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be reached, so the API key cannot be saved on this computer. Use it for this session only (you will be asked for it again next time), or start the keychain service (on Linux: GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the saved API key could not be read. Unlock the keychain and restart the app, or enter the key to use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access, so the API key was not saved. Unlock the keychain and try again, or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain. Remove the entry “%1” with the system&apos;s keychain tool.</source>
        <extracomment>%1 is the name of the keychain entry (server address and profile name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock at or &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at or below this quantity are marked as low stock, unless Glance gives them their own minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout in seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an answer from Glance before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh automatically every (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic refresh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>a reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <comment>a reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every adjustment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard keys of a shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API key of your Glance account. You create keys in Glance under Settings → API keys. The key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, the company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the API key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>more settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this key for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server with sample data; nothing is sent to Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Manage Glance inventory: stock per warehouse and per product, adjustments and stocktakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this Glance API address instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the demo server program (for --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address the app can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language: he (Hebrew) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language the app has. Use he (Hebrew) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>no location given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A place of a count: %1 a location, %2 how many were counted there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeDeltas</name>
    <message>
        <source>Stock moved while the expected quantities were fetched: count it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock moved at about the time it was counted: count it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance&apos;s history could not be read: the difference is taken from the quantity now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance gave no quantity for this product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakeSheets</name>
    <message>
        <source>Stocktake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total surplus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shortage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the differences at cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a difference have no cost in Glance.</source>
        <translation>
            <numerusform>One line with a difference has no cost in Glance.</numerusform>
            <numerusform>%n lines with a difference have no cost in Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted At</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakesWindow</name>
    <message>
        <source>Stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed stocktakes of this account on this computer. Counts are saved here as they are scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Stocktake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionResultsPanel</name>
    <message>
        <source>Submitted rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue rows: the quantity before the change differed from what the editor showed (stock moved meanwhile). Orange rows: stock also moved for other reasons, so only you can tell whether the change was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: It &amp;Was Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: It Was &amp;Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the Rest to the &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>the foot of every printed page; %1 this page&apos;s number, %2 the number of pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>Another window of this program is sending this submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Inventory is sending changes for this account in another window (process %1 on %2). Finish or close it there first.</source>
        <extracomment>%1 a process number, %2 a computer name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created, so changes cannot be sent safely. Check the folder&apos;s permissions.</source>
        <extracomment>%1 a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
