<?php
// The provider's "Sending SMS PHP" example, pointed at the local stand-in
// (sms-preflight serve). Changes from the page: the URL is http:// and comes from the command
// line, the key from SMS_PREFLIGHT_API_KEY, the header "Content- Length" loses its stray space,
// stream_context_create gets $options, and 'ignore_errors' lets a 4xx answer be read and
// printed (with its status line) instead of turning into a warning and false.
//
//   php send-sms.php 127.0.0.1:8080/v2/ [sender]
$conf = array(
    'password' => getenv('SMS_PREFLIGHT_API_KEY') ?: 'API key',
    'apiUrl' => $argv[1] ?? '127.0.0.1:8080/v2/',
    'method' => 'POST',
    'endpoint' => 'batches',
);
$message = array(
    "sender" => $argv[2] ?? "iP1",
    "recipients" => ["46712345678"],
    "body" => "Test message rest v2",
    "type" => "sms",
    "datacoding" => "gsm",
    "priority" => 1,
    "reference" => "Test",
    "tags" => ["Test SMS"],
);
$jsonEncodedMessage = json_encode($message);
// Set up request options
$options = array(
    'http' => array(
        'header' => array(
            'Content-Type: application/json',
            'Authorization: Bearer '.$conf['password'],
            'Content-Length: ' .strlen($jsonEncodedMessage)
        ),
        'method' => $conf['method'],
        'content' => $jsonEncodedMessage,
        'ignore_errors' => true,
    )
);
$url = "http://" . $conf['apiUrl'] . $conf['endpoint'];
$context = stream_context_create($options);
// Send the request
$response = file_get_contents($url, false, $context);
// Print the response
echo $http_response_header[0], "\n";
echo $response, "\n";
